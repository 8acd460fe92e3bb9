import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { buildAnalyzerIndex } from '../../src/core/analyzer-index';
import { realDataset } from '../support/dataset';

const dataset = realDataset();
const analyzer = compileAnalyzer(dataset);
const found = (text: string) => analyzer.analyze(text).claims;
const ids = (text: string) => found(text).map((c) => c.id);
const languagesOf = (claimId: string) => {
  const language = new Map(dataset.sources.map((s) => [s.id, s.language]));
  const claim = dataset.claims.find((c) => c.id === claimId)!;
  return new Set(claim.appearances.map((a) => language.get(a.source)));
};

/** The analyzer of the dataset without the wordings of `source`, as `npm run eval -- --leave-one-out` reads its page. */
function analyzerWithout(source: string) {
  const claims = dataset.claims.map((c) => ({
    ...c,
    appearances: c.appearances.map((a) => (a.source === source ? { ...a, text: null } : a)),
    stems: c.stems?.filter((p) => p.source !== source),
  }));
  return compileAnalyzer({ ...dataset, claims, index: buildAnalyzerIndex({ ...dataset, claims }) });
}

/** The spans of `text` shown as claim `id`, read without the wordings of `source`. */
function spansWithout(source: string, text: string, id: string): string[] {
  return analyzerWithout(source)
    .analyze(text)
    .claims.filter((c) => c.id === id)
    .map((c) => text.slice(c.start, c.end));
}

describe('a claim found by the stems of its words', () => {
  it('is found in a translation of a language no source prints, worded otherwise than the rendering', () => {
    // No source of witkoff-bad-club is in Portuguese: only the maintainers' rendering is.
    expect(languagesOf('witkoff-bad-club').has('pt')).toBe(false);
    const text =
      'Em entrevista ao programa 60 Minutes, o enviado Steve Witkoff contou o encontro com Khalil ' +
      'al-Hayya. “Eu disse que também perdi um filho e que nós dois somos membros de um clube ' +
      'terrível, o dos pais que enterraram seus filhos”, afirmou Witkoff.';
    const claim = found(text).find((c) => c.id === 'witkoff-bad-club');
    expect(claim?.language).toBe('pt');
    expect(text.slice(claim!.start, claim!.end)).toMatch(/^Eu disse .* enterraram seus filhos$/);
  });

  it('is found in a language no stemming library covers (Polish: its words’ first letters)', () => {
    expect(languagesOf('witkoff-bad-club').has('pl')).toBe(false);
    const text =
      'Steve Witkoff opowiedział w CBS o rozmowie z Chalilem al-Hajją: „Powiedziałem mu, że też ' +
      'straciłem syna i że obaj jesteśmy członkami bardzo złego klubu, klubu rodziców, którzy ' +
      'pochowali swoje dzieci”.';
    expect(ids(text)).toContain('witkoff-bad-club');
  });

  it('needs one of its people named near', () => {
    const text =
      'Em entrevista, um pai de Ohio contou: “Eu disse que também perdi um filho e que nós dois ' +
      'somos membros de um clube terrível, o dos pais que enterraram seus filhos”.\n' +
      'Outro assunto. '.repeat(80) +
      'Steve Witkoff viaja na próxima semana.';
    expect(ids(text)).not.toContain('witkoff-bad-club');
  });

  it('counts a quote only inside its quotation, unless nearly whole', () => {
    const text =
      'Steve Witkoff, que também perdeu um filho, falou de pais e filhos, de um clube e de quem ' +
      'enterrou alguém: uma conversa sobre futebol em Miami.';
    expect(ids(text)).not.toContain('witkoff-bad-club');
  });
});

describe('a short quote found by its stems', () => {
  // No source prints it in Portuguese: the rendering (“Já começamos a remover os escombros”) finds it.
  const quote = '“Nós já começamos a remover os escombros”';

  it('counts with its claim’s context near', () => {
    expect(languagesOf('kushner-rubble-clearing-begun').has('pt')).toBe(false);
    const text = `Em Davos, Jared Kushner apresentou o plano para a reconstrução de Gaza e disse: ${quote}.`;
    expect(ids(text)).toContain('kushner-rubble-clearing-begun');
  });

  it('does not count where the same words are about another matter', () => {
    const text =
      `Depois do incêndio no prédio da avenida Paulista, o incorporador Jared Kushner, sócio do ` +
      `empreendimento, falou aos moradores: ${quote}.`;
    expect(ids(text)).not.toContain('kushner-rubble-clearing-begun');
  });
});

describe('a quote reported in the page’s own words', () => {
  // No source prints hayya-guarantees-war-ended in Portuguese, and these words hold too little of
  // the rendering for a transcript: only the page's credit to al-Hayya makes them count.
  const reported = 'recebeu dos mediadores e do governo dos EUA garantias de que a guerra terminou';

  it('is found where the page credits it to its speaker', () => {
    expect(languagesOf('hayya-guarantees-war-ended').has('pt')).toBe(false);
    const text =
      'O chefe da delegação do Hamas, Khalil al-Hayya, afirmou num discurso televisionado sobre o ' +
      `cessar-fogo permanente em Gaza que o movimento ${reported}.`;
    const claim = found(text).find((c) => c.id === 'hayya-guarantees-war-ended');
    expect(claim?.attributedTo).toBe('al-hayya');
    expect(text.slice(claim!.start, claim!.end)).toBe(reported);
  });

  it('is found paragraphs after its people are named, where the page credits it to them', () => {
    // The prisoners' figures (a fact al-Hayya announced), in words no source of the dataset
    // prints, 600 characters and more after his name: "dijo" with no subject is the page's
    // subject speaking.
    const figures =
      'el acuerdo prevé la liberación de 250 presos palestinos condenados a cadena perpetua y de ' +
      'mil 700 detenidos de Gaza.';
    const before =
      'El jefe negociador de Hamás, Jalil al Haya, afirmó este jueves en un mensaje televisado que ' +
      'la guerra en Gaza ha terminado.\nEl anuncio llegó tras dos días de negociaciones indirectas ' +
      'en Sharm el-Sheij, con mediadores de Egipto, Qatar y Turquía. Según el texto, el ejército ' +
      'israelí se replegará a una línea acordada dentro de las 24 horas siguientes a la aprobación ' +
      'del gabinete, y los rehenes vivos serán entregados en las 72 horas posteriores. La ayuda ' +
      'humanitaria entrará en la Franja a razón de cientos de camiones al día, según fuentes ' +
      'diplomáticas citadas por la agencia estatal egipcia, que no precisaron el calendario de las ' +
      'fases siguientes del plan.\n';
    expect(before.length).toBeGreaterThan(600);
    expect(ids(`${before}Asimismo dijo que ${figures}`)).toContain('hayya-prisoners-250-1700');
    const otherSpeaker = `${before}El primer ministro israelí, Benjamín Netanyahu, dijo que ${figures}`;
    expect(ids(otherSpeaker)).not.toContain('hayya-prisoners-250-1700');
  });

  it('is not found where the page credits the same words to someone else', () => {
    const text =
      'Depois de se reunir com Khalil al-Hayya no Cairo, Steve Witkoff afirmou aos jornalistas ' +
      `que o movimento ${reported}.`;
    expect(ids(text)).not.toContain('hayya-guarantees-war-ended');
  });

  it('is not found where the page credits them to nobody', () => {
    const text = `Khalil al-Hayya chegou ao Cairo na quinta-feira.\nO movimento ${reported}.`;
    expect(ids(text)).not.toContain('hayya-guarantees-war-ended');
  });

  it('is not found where the same words are about another matter, with no word of its context near', () => {
    const gaza = `Khalil al-Hayya, chefe do Hamas, falou da guerra em Gaza e disse que o movimento ${reported}.`;
    const chess = `Khalil al-Hayya, treinador do clube de xadrez de Braga, disse que o torneio ${reported}.`;
    expect(ids(gaza)).toContain('hayya-guarantees-war-ended');
    expect(ids(chess)).not.toContain('hayya-guarantees-war-ended');
  });

  it('is not found inside a quotation left open: those are a quote’s words', () => {
    const text =
      'Khalil al-Hayya, do Hamas, falou na televisão: “Ouçam bem o que digo. O movimento ' +
      `${reported}.`;
    expect(ids(text)).not.toContain('hayya-guarantees-war-ended');
  });
});

describe('a report rendering (how the news carries a claim)', () => {
  // hayya-guarantees-war-ended's Portuguese report rendering: "recebemos garantias dos mediadores
  // e do governo americano de que a guerra terminou completamente".
  const core =
    'recebemos garantias dos mediadores e do governo americano de que a guerra terminou completamente';

  it('is found inside a quotation, near its speaker', () => {
    const text = `Khalil al-Hayya, chefe do Hamas em Gaza, disse na televisão: “${core}”.`;
    expect(ids(text)).toContain('hayya-guarantees-war-ended');
  });

  it('is shown with the rest of the printing its words are part of, not only the core', () => {
    // The core scores higher than the statement's rendering, which holds the whole quote: the
    // reader is shown the quote.
    const text =
      '威特科夫回忆起在埃及与哈亚的会面时说：“我告诉他，我也失去了一个儿子，我们俩都是一个很糟糕的' +
      '俱乐部的成员——埋葬了自己孩子的父母。”';
    const claim = found(text).find((c) => c.id === 'witkoff-bad-club');
    expect(text.slice(claim!.start, claim!.end)).toMatch(/^我告诉他.*自己孩子的父母$/u);
  });

  it('is not shown over another claim’s words in the same quotation', () => {
    // Ushakov on 23 January, as Interfax printed him, read without Interfax's own wordings (as
    // `npm run eval -- --leave-one-out` does): the statement's rendering holds the quote from
    // its first word, over the four hours, which are another claim's.
    const unseen = analyzerWithout('interfax-1069100');
    const text =
      'Москва. 23 января. Переговоры были содержательными, конструктивными и откровенными, заявил ' +
      'помощник президента Юрий Ушаков.\n\n"Переговоры продолжались около четырех часов и были ' +
      'исключительно содержательными, конструктивными и, я бы сказал, предельно откровенными и ' +
      'доверительными", - сказал Ушаков журналистам.';
    const found = unseen.analyze(text).claims;
    const frank = found.filter((c) => c.id === 'jan22-ushakov-substantive-frank');
    expect(frank.length).toBeGreaterThan(0);
    for (const c of frank) expect(text.slice(c.start, c.end)).not.toContain('четырех часов');
    expect(found.map((c) => c.id)).toContain('jan22-meeting-about-four-hours');
  });

  it('is not shown over the part a wording found, which stands as the wording found it', () => {
    // Dawn, read without its own wordings: another outlet's wording finds the second sentence;
    // the statement's rendering holds both, and the first is shown by the stems.
    const text =
      'Trump’s aide, Steve Witkoff, suggests that it will not be difficult for wealthy countries ' +
      'in the Middle East to raise funds to rebuild Gaza, where Israel has destroyed more than 80 ' +
      'per cent of buildings, Al Jazeera reports.\n\n“The estimates are in the $50bn range. It ' +
      'might be a little bit less; it might be a little bit more,” Witkoff told CBS News. “I ' +
      'happen to think that that’s not a lot of money in that region.”';
    expect(spansWithout('dawn-gaza-50bn', text, 'gaza-rebuild-50bn')).toEqual([
      'estimates are in the $50bn range',
      'It might be a little bit less; it might be a little bit more',
    ]);
  });

  it('starts after a full stop where the words before it are the tail of the sentence before', () => {
    // The Kremlin's commentary read without its own wordings: "We agree with some of them…"
    // reaches back over "We discussed the essence of these American documents", whose words
    // stand later in its text ("the American proposals").
    const text =
      'Yury Ushakov: We certainly talked with our American colleagues about the essence of the ' +
      'draft documents that the Americans sent to Moscow some time ago. We discussed these ' +
      'documents. We did not discuss the wording or specific American proposals. We discussed ' +
      'the essence of these American documents. We agree with some of them, as the President ' +
      'has told our interlocutors, while other elements elicited some criticism, and the ' +
      'President made no secret of our critical and even negative attitude towards some of the ' +
      'proposals.';
    const [shown] = spansWithout(
      'kremlin-ushakov-commentary-78638',
      text,
      'ushakov-agree-some-criticize-others',
    );
    expect(shown).toMatch(/^agree with some of them/u);
  });

  it('keeps a short first sentence that opens its text', () => {
    // "Не знаю." opens Ushakov's answer, as the claim's own text does (charter97, read without
    // its own wordings).
    const text =
      'Помощник Путина Юрий Ушаков прокомментировал опубликованные Bloomberg стенограммы его ' +
      'разговоров с посланником президента США Стивом Уиткоффом.\nНа вопрос, откуда у СМИ такая ' +
      'информация, помощник президента ответил: «Не знаю. Кто-то сливает, кто-то прослушивает, ' +
      'но не мы».';
    const [shown] = spansWithout('charter97-664419', text, 'ushakov-someone-leaks-not-us');
    expect(shown).toMatch(/^Не знаю/u);
  });

  it('is not read as a transcript’s line: its words outside quotation marks, credited to nobody', () => {
    const text = `Khalil al-Hayya chegou ao Cairo na quinta-feira.\nSegundo a imprensa, ${core}.`;
    expect(ids(text)).not.toContain('hayya-guarantees-war-ended');
  });
});

describe('a short rendering (two words that tell)', () => {
  // witkoff-magnificent-city in Catalan: "Sí, és una ciutat magnífica" (no source prints it):
  // "sí", "és" and "una" weigh nothing, two words tell.
  it('counts as a whole quotation with its speaker and its context near', () => {
    expect(languagesOf('witkoff-magnificent-city').has('ca')).toBe(false);
    const text =
      'Putin va parlar del passeig dels convidats americans pels carrers de Moscou. “Sí, és una ' +
      'ciutat magnífica”, va respondre Witkoff.';
    expect(ids(text)).toContain('witkoff-magnificent-city');
  });

  it('does not count said of another city, with no word of its context near', () => {
    const text =
      'El promotor Steve Witkoff va ensenyar als periodistes un barri nou a Miami. “Sí, és una ' +
      'ciutat magnífica”, va respondre Witkoff, parlant de les platges.';
    expect(ids(text)).not.toContain('witkoff-magnificent-city');
  });

  it('does not count where its two words are a part of a longer quotation', () => {
    const text =
      'Putin va parlar del passeig dels convidats americans pels carrers de Moscou. “Vam caminar ' +
      'molt, vam mirar el riu i li vaig dir a la meva dona que és una ciutat magnífica, però ' +
      'que havia d’anar a l’aeroport”, va respondre Witkoff.';
    expect(ids(text)).not.toContain('witkoff-magnificent-city');
  });
});

describe('a number written in words or in digits', () => {
  it('stands for the same number: a rendering’s “п’ять годин” is a page’s “5 годин”', () => {
    // meeting-about-five-hours's Russian report rendering writes the hours in words.
    const text =
      'Переговоры Владимира Путина со Стивом Уиткоффом и Джаредом Кушнером в Кремле продолжались ' +
      'почти 5 часов, сообщил Юрий Ушаков.';
    expect(ids(text)).toContain('meeting-about-five-hours');
    expect(ids(text.replace('5 часов', '5 минут'))).not.toContain('meeting-about-five-hours');
  });
});

describe('a narrated quote (a fact the news reports in its own words)', () => {
  // meeting-about-five-hours is Ushakov's, but most sources state it crediting nobody; its German
  // report rendering is "Das Treffen dauerte fast fünf Stunden".
  it('is found in the page’s own words, credited to nobody, near one of its event’s people', () => {
    const text =
      'Wladimir Putin hat Steve Witkoff und Jared Kushner im Kreml empfangen. Das Treffen dauerte ' +
      'fast fünf Stunden, teilte die Nachrichtenagentur Tass mit.';
    expect(ids(text)).toContain('meeting-about-five-hours');
  });

  it('is not another meeting of the same length, with no word of its context near', () => {
    const text =
      'Schon im April hatte Steve Witkoff Putin in Sankt Petersburg getroffen. Das Treffen dauerte ' +
      'fast fünf Stunden.';
    expect(ids(text)).not.toContain('meeting-about-five-hours');
  });
});

describe('a few words the page quotes of a claim', () => {
  // ushakov-useful-constructive-substantive in Romanian, where no source prints it: the
  // rendering is "discuțiile au fost utile, constructive și substanțiale"; the page quotes two
  // of its adjectives.
  it('is the claim, with its context near', () => {
    expect(languagesOf('ushakov-useful-constructive-substantive').has('ro')).toBe(false);
    const text =
      'Întâlnirea de la Kremlin dintre Vladimir Putin și Steve Witkoff a durat cinci ore. Au fost ' +
      'discuții „utile și constructive”, a declarat consilierul prezidențial Iuri Ușakov.';
    const claim = found(text).find((c) => c.id === 'ushakov-useful-constructive-substantive');
    expect(claim && text.slice(claim.start, claim.end)).toBe('utile și constructive');
  });

  it('is not the claim said of another matter, with no word of its context near', () => {
    const text =
      'Steve Witkoff a vizitat o fabrică de biciclete din Miami, iar muncitorii au vorbit despre ' +
      'discuții „utile și constructive” cu el.';
    expect(ids(text)).not.toContain('ushakov-useful-constructive-substantive');
  });

  it('reads a quotation of numbers of two digits without failing, and finds no claim in it', () => {
    const text =
      'Steve Witkoff and Kirill Dmitriev drew up the plan in Miami. Its points went from “20 28” ' +
      'to “28 20” and «20, 28» in a week, Ushakov said of the Kremlin talks.';
    expect(() => found(text)).not.toThrow();
    expect(found(text).filter((c) => text.slice(c.start, c.end).match(/^\d+\W*\d+$/))).toEqual([]);
  });

  it('needs two of its telling words: one is anyone’s', () => {
    const text =
      'Întâlnirea de la Kremlin dintre Vladimir Putin și Steve Witkoff a durat cinci ore. Au fost ' +
      'discuții „utile”, a declarat consilierul prezidențial Iuri Ușakov.';
    expect(ids(text)).not.toContain('ushakov-useful-constructive-substantive');
  });
});

describe('a report rendering’s figures (a number and its unit)', () => {
  // meeting-about-five-hours's Italian report rendering is “L'incontro è durato cinque ore”:
  // this page says “cinque ore di colloqui” and nothing else of it.
  const figure =
    'Nessuna svolta dal vertice al Cremlino tra Vladimir Putin, Steve Witkoff e Jared Kushner: ' +
    'più di cinque ore di colloqui.';
  const surer =
    ' Il consigliere Yuri Ushakov ha detto ai giornalisti che la conversazione è stata «molto ' +
    'utile, costruttiva e sostanziale».';

  it('are the claim where a surer finding of its event stands near', () => {
    const text = figure + surer;
    expect(ids(text)).toContain('ushakov-useful-constructive-substantive');
    const claim = found(text).find((c) => c.id === 'meeting-about-five-hours');
    expect(text.slice(claim!.start, claim!.end)).toBe('cinque ore');
  });

  it('are not the claim alone: another meeting may have lasted as long', () => {
    expect(ids(figure)).not.toContain('meeting-about-five-hours');
  });

  it('hold the word a number counts: a run of “durato cinque minuti” is not five hours', () => {
    const report =
      "Vladimir Putin ha ricevuto al Cremlino Steve Witkoff e Jared Kushner. L'incontro è " +
      'durato cinque ore, ha riferito la Tass.';
    expect(ids(report + surer)).toContain('meeting-about-five-hours');
    expect(ids(report.replace('cinque ore', 'cinque minuti') + surer)).not.toContain(
      'meeting-about-five-hours',
    );
  });

  it('are not the claim with another number or another unit', () => {
    expect(ids((figure + surer).replace('cinque ore', 'tre ore'))).not.toContain(
      'meeting-about-five-hours',
    );
    expect(ids((figure + surer).replace('cinque ore', 'cinque minuti'))).not.toContain(
      'meeting-about-five-hours',
    );
  });
});

describe('a run without its claim’s context near', () => {
  // Two words of ushakov-useful-constructive-substantive, quoted a paragraph (more than its
  // context's reach) after anything of the Kremlin talks but Witkoff's «ciudad magnífica».
  const surer =
    'Vladímir Putin recibió el martes a Steve Witkoff y Jared Kushner. Witkoff respondió que ' +
    'Moscú es «una ciudad magnífica», tras un paseo por la Plaza Roja.\n';
  const between =
    'Los periodistas esperaron durante horas a las puertas del edificio, bajo una nevada intensa ' +
    'y con temperaturas de varios grados bajo cero. Las cámaras de televisión se turnaban para ' +
    'grabar la entrada, mientras los agentes de seguridad revisaban las acreditaciones una y otra ' +
    'vez. Algunos reporteros compartían café y bocadillos; otros repasaban sus notas en los ' +
    'teléfonos móviles, atentos a cualquier movimiento de los coches oficiales en la explanada.\n';
  const cut = 'Al terminar, Yuri Ushakov calificó la conversación de «útil y constructiva».';

  it('is the claim where a surer finding of its event stands near', () => {
    expect(between.length).toBeGreaterThan(400);
    const text = surer + between + cut;
    expect(ids(text)).toContain('witkoff-magnificent-city');
    const claim = found(text).find((c) => c.id === 'ushakov-useful-constructive-substantive');
    expect(text.slice(claim!.start, claim!.end)).toBe('útil y constructiva');
  });

  it('is not the claim alone', () => {
    expect(ids(between + cut)).not.toContain('ushakov-useful-constructive-substantive');
  });
});

describe('a phrase: four of a text’s telling words in a row, in its order', () => {
  // No source prints witkoff-russia-always-wanted-peace in Portuguese; its report rendering is
  // “Eu disse ao presidente que a Rússia sempre quis um acordo de paz”. The page's quotation is
  // left open where the text ends (a page cut there), so it is no quotation to read inside.
  const head =
    'Segundo a gravação divulgada pela Bloomberg, Steve Witkoff aconselhou Yuri Ushakov sobre ' +
    'o telefonema com a Casa Branca. ';
  const words =
    'Porque contei ao presidente, com toda a franqueza, que a Rússia sempre quis um acordo de ' +
    'paz com a Ucrânia';

  it('is the claim where the page credits it to its speaker', () => {
    const text = `${head}Witkoff prosseguiu: "Eu diria assim. ${words}`;
    const claim = found(text).find((c) => c.id === 'witkoff-russia-always-wanted-peace');
    expect(text.slice(claim!.start, claim!.end)).toBe('Rússia sempre quis um acordo de paz');
  });

  it('is not the claim where the page credits the same words to someone else', () => {
    const text = `${head}Yuri Ushakov respondeu: "Eu sei. ${words}`;
    expect(ids(text)).not.toContain('witkoff-russia-always-wanted-peace');
  });
});
