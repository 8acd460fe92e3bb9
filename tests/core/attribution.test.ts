import { describe, expect, it } from 'vitest';
import { compileAttribution } from '../../src/core/attribution';
import { SPEECH_CUES } from '../../src/core/speech-cues';
import { compilePeopleMatcher } from '../../src/core/people';
import { realDataset } from '../support/dataset';

const people = compilePeopleMatcher(realDataset().people);
const attribute = compileAttribution(SPEECH_CUES);

/** Whom `text` credits with the quote `quote` (which must occur in it once). */
function speakerOf(text: string, quote: string): string | null {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return attribute(text, start, start + quote.length, people.mentions(text));
}

describe('attribute', () => {
  it('takes a name right after the quote, before or after the verb', () => {
    expect(
      speakerOf('“We will see it through,” Witkoff said on Sunday.', 'We will see it through'),
    ).toBe('witkoff');
    expect(speakerOf('“We will see it through,” said Kushner.', 'We will see it through')).toBe(
      'kushner',
    );
    expect(
      speakerOf('«Nous irons jusqu’au bout», a déclaré Witkoff.', 'Nous irons jusqu’au bout'),
    ).toBe('witkoff');
  });

  it('reads who spoke between two quoted parts of one span', () => {
    const text =
      'Asked about the talks, Kushner smiled. “It took a while,” Witkoff told reporters. “But we got there in the end.”';
    expect(speakerOf(text, 'It took a while,” Witkoff told reporters. “But we got there')).toBe(
      'witkoff',
    );
  });

  it('credits no name of two joined by a hyphen: they name a meeting, not a speaker', () => {
    // "He said" reads the sentence before, which "the Putin-Witkoff meeting" opens: neither
    // spoke. In Hindi, the sentence's subject, marked by "ने", is read instead.
    expect(
      speakerOf(
        'After the Putin-Witkoff meeting, Kremlin aide Yuri Ushakov made clear that a deal is still far off. He said: “There is a lot of work to be done.”',
        'There is a lot of work to be done',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'पुतिन-विटकॉफ मुलाकात के बाद क्रेमलिन सहयोगी यूरी उशाकोव ने साफ किया कि शांति समझौता अभी दूर है। उन्होंने कहा, “अभी बहुत काम करना बाकी है।”',
        'अभी बहुत काम करना बाकी है',
      ),
    ).toBe('ushakov');
    // Apart, the first opens its sentence and speaks.
    expect(
      speakerOf(
        'Putin met Witkoff for five hours. He said: “There is a lot of work to be done.”',
        'There is a lot of work to be done',
      ),
    ).toBe('putin');
  });

  it('takes the subject of the sentence, not a name it mentions', () => {
    expect(
      speakerOf(
        'Witkoff said Donald Trump was “very, very comfortable” with it.',
        'very, very comfortable',
      ),
    ).toBe('witkoff');
    expect(
      speakerOf(
        'Kushner told Lesley Stahl, “Everyone complains about everything.”',
        'Everyone complains about everything',
      ),
    ).toBe('kushner');
    expect(
      speakerOf(
        'Pressed by interviewer Lesley Stahl on the plan, Kushner replied, “The force will train the police.”',
        'The force will train the police',
      ),
    ).toBe('kushner');
    expect(
      speakerOf(
        'Trump’s son-in-law Jared Kushner, part of the same interview, described the talks as “hard”.',
        'hard',
      ),
    ).toBe('kushner');
    expect(
      speakerOf(
        'Kushner, who served as an adviser to President Donald Trump, said the message was clear: “Help them thrive.”',
        'Help them thrive',
      ),
    ).toBe('kushner');
  });

  it('reads a speech verb before the name, and a colon', () => {
    expect(speakerOf('وقال ويتكوف: "قدمنا له تعازينا"', 'قدمنا له تعازينا')).toBe('witkoff');
    expect(speakerOf('Según Kushner, “el diálogo cambió todo”.', 'el diálogo cambió todo')).toBe(
      'kushner',
    );
    expect(
      speakerOf('Kushner: “We are just getting started.”', 'We are just getting started'),
    ).toBe('kushner');
  });

  it('carries an earlier speaker over a pronoun or a new paragraph', () => {
    const text =
      'Kushner said, “Hamas is trying to reconstitute.”\nHe continued, “If they are successful, Hamas will fail.”';
    expect(speakerOf(text, 'If they are successful, Hamas will fail')).toBe('kushner');
    const list =
      'Witkoff said Trump was “very, very comfortable” with it;Kushner said Israel must “help the Palestinian people thrive”';
    expect(speakerOf(list, 'help the Palestinian people thrive')).toBe('kushner');
  });

  it('says nothing where the page names no speaker', () => {
    expect(
      speakerOf(
        'The banner read “There was a war being fought” in red letters.',
        'There was a war being fought',
      ),
    ).toBeNull();
  });
});

/** Each case: a page's text, the quote in it, and whom the page credits (null: nobody). */
type Case = readonly [text: string, quote: string, speaker: string | null];

function expectCredits(cases: readonly Case[]): void {
  for (const [text, quote, speaker] of cases) expect(speakerOf(text, quote), text).toBe(speaker);
}

describe('attribute, per language', () => {
  it('English: a verb after the quote, the subject before it, a pronoun', () => {
    expectCredits([
      [
        '“We will not stop until the deal is done,” Witkoff told reporters in Miami.',
        'We will not stop until the deal is done',
        'witkoff',
      ],
      [
        '“It was a productive meeting,” said Kirill Dmitriev, the head of Russia’s sovereign wealth fund.',
        'It was a productive meeting',
        'dmitriev',
      ],
      [
        'Kushner’s father-in-law, Donald Trump, said the plan was “beautiful.”',
        'beautiful',
        'trump',
      ],
      [
        'Ushakov spoke after the talks. “We have not found a compromise yet,” he said.',
        'We have not found a compromise yet',
        'ushakov',
      ],
      [
        'Kushner presented the slides. Asked about Hamas, he said: “They will disarm.”',
        'They will disarm',
        'kushner',
      ],
      [
        'Witkoff and Kushner met Putin, who said: “We are ready to talk.”',
        'We are ready to talk',
        'putin',
      ],
      [
        'During that call, Dmitriev made his case. “I think we’ll just make this paper from our position,” Dmitriev.',
        'I think we’ll just make this paper from our position',
        'dmitriev',
      ],
    ]);
  });

  it('English: a name after “said” inside a sentence is what was said, not who said it', () => {
    expectCredits([
      [
        'Witkoff told CBS on Sunday that the deal was done. He said Trump was “very comfortable” with it.',
        'very comfortable',
        'witkoff',
      ],
      ['Trump said Witkoff was “doing a great job.”', 'doing a great job', 'trump'],
    ]);
  });

  it('Russian and Ukrainian: the verb after the dash, по словам, a genitive name', () => {
    expectCredits([
      [
        '«Это был очень полезный разговор», — заявил Ушаков журналистам.',
        'Это был очень полезный разговор',
        'ushakov',
      ],
      [
        'Помощник президента Юрий Ушаков заявил, что «компромисс пока не найден».',
        'компромисс пока не найден',
        'ushakov',
      ],
      [
        'По словам Ушакова, «разговор был конструктивным».',
        'разговор был конструктивным',
        'ushakov',
      ],
      ['Зять Трампа Джаред Кушнер заявил: «У нас нет плана Б».', 'У нас нет плана Б', 'kushner'],
      [
        'Путин встретился с Уиткоффом и заявил: «Это удивительный город».',
        'Это удивительный город',
        'putin',
      ],
      ['«Війна закінчилася», — заявив Кушнер.', 'Війна закінчилася', 'kushner'],
      ['За словами Віткоффа, «Росія завжди хотіла миру».', 'Росія завжди хотіла миру', 'witkoff'],
    ]);
  });

  it('Polish: quotes and dialogue dashes, według, a dative name', () => {
    expectCredits([
      [
        '„Nie wiem, co robi Kreml” – powiedział Trump dziennikarzom.',
        'Nie wiem, co robi Kreml',
        'trump',
      ],
      ['Według Uszakowa rozmowa była „konstruktywna”.', 'konstruktywna', 'ushakov'],
      [
        '– To była bardzo dobra rozmowa – stwierdził Witkoff po spotkaniu.',
        'To była bardzo dobra rozmowa',
        'witkoff',
      ],
      ['Putin powiedział Witkoffowi, że „Rosja chce pokoju”.', 'Rosja chce pokoju', 'putin'],
    ]);
  });

  it('Turkish: the verb closes the sentence; case endings make owners', () => {
    expectCredits([
      [
        'Witkoff, "Bence bu çok iyi bir görüşme olur" dedi.',
        'Bence bu çok iyi bir görüşme olur',
        'witkoff',
      ],
      ['Uşakov\'a göre görüşme "yapıcı" geçti.', 'yapıcı', 'ushakov'],
      [
        'Putin\'in danışmanı Uşakov, "Uzlaşma henüz bulunamadı" ifadelerini kullandı.',
        'Uzlaşma henüz bulunamadı',
        'ushakov',
      ],
      ['"Bu kesin" diyen Uşakov, görüşmenin yapıcı geçtiğini söyledi.', 'Bu kesin', 'ushakov'],
    ]);
  });

  it('Romanian, Croatian, Bosnian, Serbian: compound past tenses, potrivit lui, prema riječima', () => {
    expectCredits([
      ['„Războiul s-a terminat”, a declarat Khalil al-Hayya.', 'Războiul s-a terminat', 'al-hayya'],
      ['Potrivit lui Uşakov, discuția a fost „constructivă”.', 'constructivă', 'ushakov'],
      // `i-a spus lui Uşakov`: told Ushakov, who is spoken to.
      [
        'Witkoff i-a spus lui Uşakov că Rusia „a vrut mereu pacea”.',
        'a vrut mereu pacea',
        'witkoff',
      ],
      [
        '"Razgovor je bio koristan", rekao je Ušakov novinarima.',
        'Razgovor je bio koristan',
        'ushakov',
      ],
      ['Prema riječima Kushnera, "plan B ne postoji".', 'plan B ne postoji', 'kushner'],
    ]);
  });

  it('Greek, Persian, Hebrew: verb before the name, به گفته, לדברי, a name after עם', () => {
    expectCredits([
      ['«Η συμφωνία θα τηρηθεί», δήλωσε ο Χαλίλ αλ Χάγια.', 'Η συμφωνία θα τηρηθεί', 'al-hayya'],
      ['ویتکاف گفت: «این یک توافق تاریخی است».', 'این یک توافق تاریخی است', 'witkoff'],
      ['به گفته اوشاکوف، «گفتگو سازنده بود».', 'گفتگو سازنده بود', 'ushakov'],
      ['"המלחמה הסתיימה", אמר ויטקוף לכתבים.', 'המלחמה הסתיימה', 'witkoff'],
      ['לדברי קושנר, "אין לנו תוכנית חלופית".', 'אין לנו תוכנית חלופית', 'kushner'],
      ['נתניהו שוחח עם ויטקוף ואמר: "זה יום היסטורי".', 'זה יום היסטורי', 'netanyahu'],
    ]);
  });

  it('Arabic: قال X إن, a title between verb and name, a construct noun, قائلاً', () => {
    expectCredits([
      ['وقال ويتكوف إن "الحرب انتهت".', 'الحرب انتهت', 'witkoff'],
      [
        'قال رئيس حركة حماس في غزة خليل الحية: "تلقينا ضمانات من الوسطاء".',
        'تلقينا ضمانات من الوسطاء',
        'al-hayya',
      ],
      // مبعوث ترامب: Trump's envoy, who is Witkoff.
      ['أكد مبعوث ترامب ستيف ويتكوف أن "الاتفاق صامد".', 'الاتفاق صامد', 'witkoff'],
      [
        'وصل خليل الحية رئيس وفد حماس إلى القاهرة. وتابع قائلاً: "لن نعود إلى الحرب".',
        'لن نعود إلى الحرب',
        'al-hayya',
      ],
    ]);
  });

  it('Romance languages and German: inverted verbs, según, secondo, selon, laut', () => {
    expectCredits([
      [
        '"Foi uma conversa muito útil", disse Ushakov a jornalistas.',
        'Foi uma conversa muito útil',
        'ushakov',
      ],
      ['Segundo Witkoff, o acordo "está muito próximo".', 'está muito próximo', 'witkoff'],
      [
        '"La guerra è finita", ha dichiarato Khalil al-Hayya in un discorso televisivo.',
        'La guerra è finita',
        'al-hayya',
      ],
      [
        'Secondo Kushner, Gaza ha "un potenziale straordinario".',
        'un potenziale straordinario',
        'kushner',
      ],
      [
        '« Il n’y a pas de plan B », a déclaré Kushner à Davos.',
        'Il n’y a pas de plan B',
        'kushner',
      ],
      [
        'Youri Ouchakov a répondu mardi aux journalistes. « Nous avons discuté du fond », a-t-il précisé.',
        'Nous avons discuté du fond',
        'ushakov',
      ],
      [
        'Youri Ouchakov a rencontré la presse mardi. « Nous avons pu nous entendre », a-t-il ajouté.',
        'Nous avons pu nous entendre',
        'ushakov',
      ],
      [
        '„Es war ein sehr nützliches Gespräch“, sagte Uschakow.',
        'Es war ein sehr nützliches Gespräch',
        'ushakov',
      ],
      ['Laut Kushner gibt es „keinen Plan B“.', 'keinen Plan B', 'kushner'],
      [
        'Putin empfing Witkoff im Kreml und sagte: „Moskau ist eine schöne Stadt.“',
        'Moskau ist eine schöne Stadt',
        'putin',
      ],
      ['"No hay plan B", afirmó Kushner ante el foro.', 'No hay plan B', 'kushner'],
      ['Witkoff le dijo a Ushakov: "Mi jefe está listo".', 'Mi jefe está listo', 'witkoff'],
      [
        'El enviado de Trump, Steve Witkoff, aseguró que "la paz está cerca".',
        'la paz está cerca',
        'witkoff',
      ],
    ]);
  });

  it('a verb after a clause about the name, a reported verb, an article that is no preposition', () => {
    expectCredits([
      [
        '“We’re very close,” Witkoff, who arrived in Moscow on Tuesday, told reporters.',
        'We’re very close',
        'witkoff',
      ],
      ['«Siamo vicini», avrebbe detto Witkoff secondo fonti americane.', 'Siamo vicini', 'witkoff'],
      [
        '"Estamos perto de um acordo", afirmou o enviado Steve Witkoff.',
        'Estamos perto de um acordo',
        'witkoff',
      ],
      ['„Jesteśmy blisko” – tak Witkoff podsumował rozmowy.', 'Jesteśmy blisko', 'witkoff'],
      ['«Компроміс не знайдено». Про це заявив Ушаков.', 'Компроміс не знайдено', 'ushakov'],
      [
        'Witkoff met Ushakov on Tuesday, and the Kremlin said: “We will meet again.”',
        'We will meet again',
        null,
      ],
    ]);
  });

  it('Hindi and Urdu: the case after the name, a word of its own', () => {
    expectCredits([
      // ने / نے after the speaker; से / سے ("with") after an object.
      ['विटकॉफ ने अल-हय्या से मुलाकात के बाद कहा, "हमने लंबी बात की।"', 'हमने लंबी बात की', 'witkoff'],
      [
        'امریکی ایلچی اسٹیو وٹکوف نے مصر میں خلیل الحیہ سے ملاقات کا ذکر کرتے ہوئے کہا: "ہم نے طویل بات کی۔"',
        'ہم نے طویل بات کی',
        'witkoff',
      ],
      // "According to": the postposition and the word after it, the name a source.
      ['ट्रंप के अनुसार, "युद्ध खत्म हो गया है।"', 'युद्ध खत्म हो गया है', 'trump'],
      ['ٹرمپ کے مطابق "جنگ ختم ہو چکی ہے۔"', 'جنگ ختم ہو چکی ہے', 'trump'],
    ]);
  });

  it('the Baltic languages, Albanian, Azerbaijani, Kazakh, Georgian, Armenian, Bengali, Malay, Catalan, Slovenian', () => {
    expectCredits([
      // A verb after the quote; "according to" before the name, or after it in its case.
      ['„Derybos buvo naudingos“, – sakė Witkoffas.', 'Derybos buvo naudingos', 'witkoff'],
      ['Pasak Ušakovo, „kompromiso dar nėra“.', 'kompromiso dar nėra', 'ushakov'],
      ['"Sarunas bija noderīgas," paziņoja Vitkofs.', 'Sarunas bija noderīgas', 'witkoff'],
      [
        'Pēc Ušakova teiktā, "kompromiss vēl nav atrasts".',
        'kompromiss vēl nav atrasts',
        'ushakov',
      ],
      [
        '"Läbirääkimised olid kasulikud," ütles Witkoff.',
        'Läbirääkimised olid kasulikud',
        'witkoff',
      ],
      ['Ušakovi sõnul "kompromissi veel ei ole".', 'kompromissi veel ei ole', 'ushakov'],
      ['"Bisedimet ishin të dobishme," tha Witkoff.', 'Bisedimet ishin të dobishme', 'witkoff'],
      [
        'Sipas Ushakovit, "kompromisi ende nuk është gjetur".',
        'kompromisi ende nuk është gjetur',
        'ushakov',
      ],
      ['"Danışıqlar faydalı oldu", - Uitkoff deyib.', 'Danışıqlar faydalı oldu', 'witkoff'],
      ['"Келіссөздер пайдалы болды", – деді Уиткофф.', 'Келіссөздер пайдалы болды', 'witkoff'],
      [
        'Ушаковтың сөзінше, "әзірге ымыраға келген жоқпыз".',
        'әзірге ымыраға келген жоқпыз',
        'ushakov',
      ],
      [
        '"მოლაპარაკებები სასარგებლო იყო", – განაცხადა უიტკოფმა.',
        'მოლაპარაკებები სასარგებლო იყო',
        'witkoff',
      ],
      [
        '«Բանակցությունները օգտակար էին», – հայտարարել է Ուիթքոֆը։',
        'Բանակցությունները օգտակար էին',
        'witkoff',
      ],
      ['"আলোচনা ফলপ্রসূ হয়েছে," বলেন উইটকফ।', 'আলোচনা ফলপ্রসূ হয়েছে', 'witkoff'],
      [
        '"Rundingan itu sangat berguna," berkata Witkoff.',
        'Rundingan itu sangat berguna',
        'witkoff',
      ],
      // And two of the renderings' languages that had none: Catalan, Slovenian.
      ['Segons Witkoff, «les converses van ser útils».', 'les converses van ser útils', 'witkoff'],
      ['»Pogovori so bili koristni,« je dejal Witkoff.', 'Pogovori so bili koristni', 'witkoff'],
    ]);
  });

  it('Chinese and Japanese, written without spaces', () => {
    expectCredits([
      ['库什纳在达沃斯表示:“我们没有B计划。”', '我们没有B计划', 'kushner'],
      [
        'ウシャコフ氏は「妥協点はまだ見つかっていない」と述べた。',
        '妥協点はまだ見つかっていない',
        'ushakov',
      ],
      // A name after "with" (与), or before "with" (と) or an owner's の: no speaker.
      [
        '哈马斯谈判代表哈亚。威特科夫回忆起在埃及与哈亚的会面时说：“我们谈了很久。”',
        '我们谈了很久',
        'witkoff',
      ],
      [
        'ウィットコフ氏はハイヤ氏との会談について「長い話し合いだった」と語った。',
        '長い話し合いだった',
        'witkoff',
      ],
    ]);
  });

  it('a transcript: labels, and initials the page spelled out before', () => {
    const transcript =
      'The call between Steve Witkoff and Yuri Ushakov, as Bloomberg published it.\nSteve Witkoff: Hello Yuri.\nYU: Yes, you just need to solve a problem.\nSW: I think as soon as you suggest it, my man is ready to do it.';
    expectCredits([
      [transcript, 'you just need to solve a problem', 'ushakov'],
      [transcript, 'my man is ready to do it', 'witkoff'],
    ]);
  });

  it('credits nobody where no name speaks for the quote', () => {
    expectCredits([
      [
        'Critics of Witkoff called the plan “a real estate fantasy.”',
        'a real estate fantasy',
        null,
      ],
      [
        'Analysts quoted by Reuters described Kushner’s slides as “real estate marketing.”',
        'real estate marketing',
        null,
      ],
      [
        'Khalil al-Hayya led the delegation. In a statement, Hamas said it had received “guarantees that the war has ended.”',
        'guarantees that the war has ended',
        null,
      ],
      [
        'Witkoff met Zelensky’s team on Sunday. “Progress was made,” a US official said.',
        'Progress was made',
        null,
      ],
      // Someone unnamed speaks in the quote's own sentence: not the speaker of the one before.
      [
        'Kushner said Hamas had “greenlighted an assault.” A neighbour of Kushner said the kitchen “looked almost like a bomb had gone off in there”.',
        'looked almost like a bomb had gone off in there',
        null,
      ],
      [
        'Witkoff spoke first. Trump’s daughter Ivanka told reporters the dinner was “a wonderful evening”.',
        'a wonderful evening',
        null,
      ],
      ['Кремль заявил, что Уиткофф «хорошо знает Путина».', 'хорошо знает Путина', null],
      [
        'Песков не стал комментировать слова Уиткоффа о «магнитном городе».',
        'магнитном городе',
        null,
      ],
    ]);
  });

  it('gives a quotation its own sentence leaves unclaimed to the subject before it, or the lede after a headline', () => {
    const davos =
      'Jared Kushner presented the plan on Thursday in Davos. Kushner also showed an AI-generated skyline.\n\n' +
      'No plan B\n\nThe 45-year-old made clear that there was “no plan B”. Instead, the goal is “catastrophic success”.';
    const statement =
      'Стів Віткофф оприлюднив заяву після зустрічі. "Ми досягли прогресу, але роботи ще багато", - йдеться у заяві.';
    expectCredits([
      [davos, 'no plan B', 'kushner'],
      [davos, 'catastrophic success', 'kushner'],
      [
        'Der Sondergesandte Witkoff traf Putin. Der 68jährige sagte, es sei „ein gutes Treffen“ gewesen.',
        'ein gutes Treffen',
        'witkoff',
      ],
      [statement, 'Ми досягли прогресу, але роботи ще багато', 'witkoff'],
      // A headline's quote, whose lede names its speaker.
      [
        '« Nous avons parlé du fond » : cinq heures de négociations entre Poutine, Witkoff et Kushner\n' +
          'Les échanges ont porté sur le fond des documents, selon Iouri Ouchakov, conseiller du Kremlin. Le président a été clair.',
        'Nous avons parlé du fond',
        'ushakov',
      ],
      [
        '« Nous avons parlé du fond » : cinq heures de négociations entre Poutine, Witkoff et Kushner\n' +
          'Les échanges ont duré cinq heures au Kremlin. Le président a été clair.',
        'Nous avons parlé du fond',
        null,
      ],
      // Someone else speaks in the quote's sentence, or the sentence before is about another.
      [
        'Kushner presented the plan. Its critics called it “catastrophic success”.',
        'catastrophic success',
        null,
      ],
      [
        'Critics of Kushner met in Davos. The plan aims at “catastrophic success”.',
        'catastrophic success',
        null,
      ],
      [
        'Kushner presented the plan. The 45-year-old minister, Itamar Ben-Gvir, called it “a fantasy”.',
        'a fantasy',
        'ben-gvir',
      ],
    ]);
  });

  it('does not credit an object, an owner or a name inside the quote', () => {
    expectCredits([
      // Witkoff's: an owner; Ben-Gvir: whom he spoke to.
      [
        'Witkoff’s account was blunt. Er sagt, er habe Ben-Gvir gesagt, er „kann nicht immer das Opfer spielen“.',
        'kann nicht immer das Opfer spielen',
        null,
      ],
      // עוד אמר יועצו של טראמפ: "Trump's adviser also said", not Trump.
      [
        'ויטקוף אמר לאושקוב: "ההמלצה שלי". עוד אמר יועצו של טראמפ: "אמרתי לנשיא".',
        'אמרתי לנשיא',
        'witkoff',
      ],
      [
        '«Я с Уиткоффом достаточно часто разговариваю», — сказал Ушаков.',
        'Я с Уиткоффом достаточно часто разговариваю',
        'ushakov',
      ],
      [
        'Le trattative continueranno con Witkoff e Kushner. "C’è ancora molto lavoro da fare".',
        'C’è ancora molto lavoro da fare',
        null,
      ],
    ]);
  });
});

describe('attribute: titles, short names, dialogue', () => {
  it('reads a long title between the verb and the name; a title after a preposition keeps an object', () => {
    expectCredits([
      [
        'Sanctions relief is on the table, said the chief executive of RDIF Kirill Dmitriev, TASS reports.',
        'Sanctions relief is on the table',
        'dmitriev',
      ],
      [
        'The border will reopen in both directions, said the Chairman of the Committee for Gaza Ali Shaath.',
        'The border will reopen in both directions',
        'shaath',
      ],
      // A title after `of`: whose aide, whose friend, not who spoke.
      [
        '“The talks went well,” said a senior aide of President Vladimir Putin.',
        'The talks went well',
        null,
      ],
      [
        '“He is a tough negotiator,” said a friend of Mr. Witkoff.',
        'He is a tough negotiator',
        null,
      ],
      [
        '“We are not there yet,” said the spokesman of Prime Minister Netanyahu.',
        'We are not there yet',
        null,
      ],
      // A given name the page's name for him leaves out; a German noun, capitalised as all are.
      ['“The deal is close,” said a letter to Steven Witkoff.', 'The deal is close', null],
      [
        '„Die Gespräche waren gut“, sagte ein Berater von Präsident Wladimir Putin.',
        'Die Gespräche waren gut',
        null,
      ],
    ]);
  });

  it('reads a name the page gave in full, printed again by its last words', () => {
    expectCredits([
      [
        'El negociador Jalil Al Haya llegó el jueves a El Cairo.\n\nAl Haya explicó que el acuerdo prevé «la reapertura del paso en ambos sentidos».',
        'la reapertura del paso en ambos sentidos',
        'al-hayya',
      ],
      // Part of another name, and a short form before the full name: nobody the page named.
      [
        'El negociador Jalil Al Haya llegó el jueves a El Cairo.\n\nHimam Al Haya explicó que el acuerdo prevé «la reapertura del paso en ambos sentidos».',
        'la reapertura del paso en ambos sentidos',
        null,
      ],
      [
        'Al Haya explicó que el acuerdo prevé «la reapertura del paso en ambos sentidos».\n\nEl negociador Jalil Al Haya llegó el jueves a El Cairo.',
        'la reapertura del paso en ambos sentidos',
        null,
      ],
    ]);
  });

  it('gives a turn of dialogue that names nobody to the one who spoke two turns before', () => {
    const inline =
      'Putin empfing die Gäste und fragte freundlich: — Wie war Ihr Flug? — Sehr angenehm, antwortete Witkoff. — Unsere Stadt hat sich in zehn Jahren sehr verändert. — Das habe ich gesehen.';
    const lines =
      'Путин спросил гостя:\n— Вам понравилась Москва?\n— Очень, — ответил Уиткофф.\n— Мы гордимся нашим городом.';
    expectCredits([
      [inline, 'Unsere Stadt hat sich in zehn Jahren sehr verändert', 'putin'],
      [inline, 'Das habe ich gesehen', 'witkoff'],
      [lines, 'Мы гордимся нашим городом', 'putin'],
    ]);
  });

  it('does not give a new turn to the speaker of the turn before', () => {
    expectCredits([
      // Nobody introduces the first turn: who speaks the third is not known.
      [
        '— Wie war Ihr Flug? — Sehr angenehm, antwortete Witkoff. — Unsere Stadt hat sich sehr verändert.',
        'Unsere Stadt hat sich sehr verändert',
        null,
      ],
      // A turn that says it goes on (`dodał`), and points listed under `заявил:`, stay his.
      [
        '– To była dobra rozmowa – powiedział Witkoff.\n– Rozmawialiśmy też o Ukrainie – dodał.',
        'Rozmawialiśmy też o Ukrainie',
        'witkoff',
      ],
      [
        'Ушаков заявил журналистам:\n— Компромисс по территориям пока не найден.\n— Следующая встреча пройдёт в январе.',
        'Следующая встреча пройдёт в январе',
        'ushakov',
      ],
    ]);
  });
});
