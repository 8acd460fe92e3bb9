/**
 * Who this page says spoke: the speaker cues around a matched quote, in the languages of
 * speech-cues.ts. A span inside a quotation (quote marks, or a dialogue dash that opens its
 * paragraph: `– Nie wiem… – mówił Trump`) is read from the quotation's ends; a span in the
 * page's own words (a paraphrase) from its own. In order:
 * 1. the words right after the quotation closes: a name with a speech verb (`,” Witkoff said`,
 *    `», señaló Witkoff`, `– powiedział Trump`, `», είπε ο αλ Χάγια`), a source (`, selon le
 *    conseiller, Youri Ouchakov`) or a bare name closing the sentence (`”, Dmitriev.`). A
 *    speech verb with nobody named (`,” he said`, `— сказал он`, `" dedi`) says the subject
 *    before the quote speaks (2.), or someone named earlier (4.);
 * 2. the subject of the quote's own sentence, before the quotation: a name with a speech verb
 *    or a source just before it (`قال رئيس حركة حماس خليل الحية`, `sagte Witkoff`, `Según
 *    Kushner`), or a name that is neither an object nor an owner (`Kushner told Stahl` is
 *    Kushner; `adviser to Trump`, `Trump’s son-in-law`, `с Уиткоффом`, `Trumpa` are not who
 *    speaks; `the Head of the Committee for Gaza Ali Shaath` is Shaath) and has a speech
 *    verb after it with no other subject in between, or opens the sentence, introduces the
 *    quote with a colon, or is its topic (`Uşakov, …`). A speech verb before any name with a
 *    reported clause between (`He said Trump was…`, `وأضاف … أن ترامب`) leaves the speaker
 *    unnamed here. Then a source later in the sentence (`…, selon le conseiller du président
 *    russe, Youri Ouchakov.`);
 * 3. the label that opens the quote's line (`Steve Witkoff: …`, a transcript's `SW: …`);
 * 4. in a dialogue whose turns open with a dash and name their speakers after their words, a
 *    turn that names none is not the turn before's speaker: in a dialogue of two, it is whoever
 *    spoke two turns before (`— Ein schöner Spaziergang, antwortete Witkoff. — Die Moskauer…`);
 *    elsewhere, the speaker of the nearest earlier sentence with a speech verb (`He continued,
 *    “…”`), or, for a pronoun, the name that opens the sentence before; or the nearest label
 *    line above (a transcript's paragraphs). Not where the quote's own sentence gives it a
 *    speaker unnamed, a cue right after a name that is an object or an owner (`A neighbour of
 *    Kushner said the kitchen “…”`): then nobody named speaks for it;
 * 5. for a quotation that ends its sentence with nobody named before it, the next sentence
 *    (`“…”. Así habló Jared Kushner`);
 * 6. for a quotation still unclaimed, the name that opens the nearest earlier sentence naming
 *    anyone: the page's subject, whom an epithet (`Der 45jährige`) or an unnamed statement
 *    (`йдеться у заяві`) stands for; for a quotation in a headline, the speaker its lede credits
 *    (`« Nous avons discuté du fond… »` / `…, selon le conseiller …, Youri Ouchakov.`).
 * A name the page gave in full counts again where its last words stand alone (`Jalil Al Haya …
 * Al Haya explicó`, short-names.ts). Names inside quotation marks (a quote's own words) never
 * speak for it. Only the speaker reach around the quote is read (windows.ts), so a window
 * credits it as the whole page does.
 */
import { innerClose } from './between-quotes';
import { Words, WordSet, wordsAfter, wordsBefore } from './cue-words';
import type { PersonId } from './dataset';
import { turnsBefore } from './dialogue';
import type { PersonMention } from './people';
import {
  isQuoteMark,
  lineEnd,
  quoteMarks,
  Reading,
  sentenceEndAfter,
  sentenceStartBefore,
  SPACE,
} from './quote-reading';
import type { SpeechCues } from './speech-cues';
import { withShortNames } from './short-names';
import { SPEAKER_AFTER_REACH, SPEAKER_REACH } from './windows';

/**
 * The speech cues as word sets (cue-words.ts), made by `compileAttribution` from the lists the
 * dataset carries (speech-cues.ts): every page parses the content script, and the lists are
 * most of attribution's weight, so only a page that names someone receives them.
 */
interface Cues {
  /** Anything that says someone spoke: a speech verb, a source, an address verb. */
  readonly anyCue: Words;
  /** Cues whose subject may follow them anywhere: `сказал Ушаков`, `according to Kushner`. */
  readonly cueBeforeName: Words;
  /** Sources alone: `according to`, `selon`, `по словам`. */
  readonly source: Words;
  /** Cues whose subject follows them right after a quote: English too (`,” said Kushner`). */
  readonly cueAfterQuote: Words;
  /** Speech verbs alone, and English ones, for a sentence whose verb comes before any name. */
  readonly speechVerb: Words;
  readonly englishVerb: Words;
  /** A subject pronoun (French `il`, Italian `lui` too): a speaker named before. */
  readonly pronoun: Words;
  /** A reported clause, or its own subject, between a speech verb and a name after it. */
  readonly reported: Words;
  /** Cues whose subject stands before them: `Witkoff said`, `Kushner told`, `库什纳表示`. */
  readonly cueAfterName: Words;
  /** Sources after the name, past a case ending: `Uşakov'a göre`, `Uschakow zufolge`. */
  readonly sourceAfterWords: WordSet;
  /** A name after these is an object: `by interviewer Stahl`, `с Уиткоффом`, `עם אושקוב`. */
  readonly object: WordSet;
  /** The agent of a passive, up to two words after these: `riassunto dal consigliere Ushakov`. */
  readonly agent: WordSet;
  /** A title before a name (`of President Trump`). */
  readonly title: WordSet;
  /** A name up to two words after these, in an oblique form, is an owner (`президента Трампа`). */
  readonly owner: WordSet;
  /** A name right after these, with a case ending, is in the genitive: `Зять Трампа`. */
  readonly headNoun: WordSet;
  /** A relative clause after the name: `Dmitriev, who claimed`. */
  readonly relative: WordSet;
  /** Conjunctions: `con Witkoff e Kushner`; `“…” and Witkoff added` is a clause of its own. */
  readonly conjunction: WordSet;
}

function compileCues(c: SpeechCues): Cues {
  const unspaced = [c.unspacedSpeechVerbs, c.unspacedSourceMarkers];
  return {
    anyCue: new Words(
      [c.englishSpeechVerbs, c.speechVerbs, c.sourceMarkers, c.addressVerbs],
      unspaced,
    ),
    cueBeforeName: new Words([c.speechVerbs, c.sourceMarkers], unspaced),
    source: new Words([c.sourceMarkers], [c.unspacedSourceMarkers]),
    cueAfterQuote: new Words([c.englishSpeechVerbs, c.speechVerbs, c.sourceMarkers], unspaced),
    speechVerb: new Words([c.englishSpeechVerbs, c.speechVerbs], [c.unspacedSpeechVerbs]),
    englishVerb: new Words([c.englishSpeechVerbs]),
    pronoun: new Words([c.subjectPronouns, ['il|elle|lui|lei|egli']]),
    reported: new Words([c.complementizers, c.subjectPronouns]),
    cueAfterName: new Words(
      [c.englishSpeechVerbs, c.speechVerbs, c.addressVerbs],
      [c.unspacedSpeechVerbs],
    ),
    sourceAfterWords: new WordSet([c.sourceAfterName]),
    object: new WordSet([c.objectMarkers]),
    agent: new WordSet([c.agentMarkers]),
    title: new WordSet([c.englishTitles]),
    owner: new WordSet([c.ownerWords]),
    headNoun: new WordSet([c.headNouns]),
    relative: new WordSet([c.relativePronouns]),
    conjunction: new WordSet([c.conjunctions]),
  };
}

/** A reading of the text around a quote, and the cues it is read by. */
class CuedReading extends Reading {
  constructor(
    text: string,
    mentions: readonly PersonMention[],
    floor: number,
    ceiling: number,
    readonly cues: Cues,
  ) {
    super(text, mentions, floor, ceiling);
  }
}

/** French's pronoun after its verb: `dit-il`, `a-t-elle ajouté`. */
const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle)(?![\p{L}\p{M}])/iu;
const SOURCE_AFTER_UNSPACED = /^\s*(?:氏)?(?:によると|によれば)/u;
/**
 * Hindi and Urdu "according to", two words after the name (`ट्रंप के अनुसार`, `ٹرمپ کے مطابق`):
 * its first is a postposition that otherwise makes the name an object (`OBJECT_POSTPOSITION`).
 */
const SOURCE_AFTER_POSTPOSITION = /^\s+(?:के अनुसार|के मुताबिक|کے مطابق|کے بقول)(?![\p{L}\p{M}])/u;
/**
 * Chinese writes "with", "and", "to" before a name, with no space (`在埃及与哈亚的会面时`, "at the
 * meeting with al-Hayya"): the name is an object. Japanese writes them after it, past a title
 * (`ハイヤ氏と会談`, `ウィットコフ氏の発言`); so does Chinese its owner's 的 (`哈亚的会面`).
 */
const UNSPACED_OBJECT_BEFORE = /[与與和同跟对對向给給及]$/u;
const UNSPACED_OBJECT_AFTER = /^(?:氏|さん|特使|大統領)?[とにをの的]/u;
/**
 * Hindi and Urdu write the case after a name, as a word of its own: `से` / `سے` ("with",
 * "from": `خلیل الحیہ سے ملاقات`, the meeting with al-Hayya), `को` / `کو` ("to"), and the
 * owner's `का की के` / `کا کی کے`. The speaker's is `ने` / `نے`, not among them.
 */
const OBJECT_POSTPOSITION = /^\s+(?:से|को|का|की|के|سے|کو|کا|کی|کے)(?![\p{L}\p{M}])/u;
/** The English prepositions before a name (`of President Trump`, `for Gaza Ali Shaath`). */
const ENGLISH_PREPOSITION = new WordSet([['of|for|to|from|with|about|at']]);
/** The Arabic script: its construct nouns make an owner with no ending on the name. */
const ARABIC_SCRIPT = /^[\u0600-\u06FF]/u;
/** A name that ends in a vowel after a title in an oblique case shares its case. */
const VOWEL_END = /[аеиоуыэюяіaeiouy]$/iu;
/** An owner's `'s`, or a case ending after an apostrophe (Turkish `Uşakov'a`, `Trump'ın`). */
const CASE_ENDING = /^['’]\p{L}/u;
/**
 * A person called by their age, as news calls the one it is about: `the 45-year-old`, `Der
 * 45jährige`, `45-летний`, `il 45enne`, `45 yaşındaki`.
 */
const AGE_EPITHET =
  /\d\d[^\S\n]?[-‐‑–]?[^\S\n]?(?:year-old|jährige|jarige|åriga|årige|enne|летн|річн|letni|letý|yaşındaki|χρονος)/iu;
/**
 * A statement said to speak with no one named (`йдеться у заяві`, "the statement says"; `heißt
 * es`, `si legge`): the words of whoever the page said made it.
 */
const IMPERSONAL =
  /(?<![\p{L}\p{M}])(?:йдеться|говориться|говорится|heißt es|hieß es|si legge|se lee|peut-on lire|on peut lire|lê-se|czytamy|the statement (?:said|says|reads?))(?![\p{L}\p{M}])/iu;

/** Whether an entry of `set` ends `k` words before a name (`lower`: the words before, nearest first). */
const endsAt = (set: WordSet, lower: readonly string[], k: number) =>
  set.has(lower[k]) || set.has(lower[k + 1], lower[k]);
/** Whether an entry of `set` ends at most `most` words before a name. */
const within = (set: WordSet, lower: readonly string[], most: number) =>
  Array.from({ length: most + 1 }, (_, k) => k).some((k) => endsAt(set, lower, k));

/**
 * Whether the words before a name make it an object: `by interviewer Stahl`, `to the President
 * Trump`. One word may stand between, or two where the second is a title (capitalised, or in a
 * script without capitals): `za vanjsku politiku Jurij Ušakov` is the adviser's name. `full`:
 * the name is a full one, given name and all.
 */
function objectAfter(
  cues: Cues,
  before: { lower: string[]; written: string[] },
  full: boolean,
): boolean {
  const title = before.written[0] ?? '';
  if (endsAt(cues.object, before.lower, 0)) return true;
  if (endsAt(cues.object, before.lower, 1) && !(full && properNounBefore(cues, before)))
    return true;
  return endsAt(cues.object, before.lower, 2) && title[0] === title[0]!.toUpperCase();
}

/**
 * Whether the word before a full name is a place or a body an English preposition governs, not
 * a title: `the Head of the Committee for the Administration of Gaza Ali Shaath` is Shaath, the
 * head; `of President Donald Trump` is not Trump speaking, nor `to Steven Witkoff` where the
 * page's name for him is only `Witkoff` (hence a full name).
 */
function properNounBefore(cues: Cues, before: { lower: string[]; written: string[] }): boolean {
  const word = before.written[0] ?? '';
  const preposition = ENGLISH_PREPOSITION.has(before.lower[1]);
  return preposition && /^\p{Lu}/u.test(word) && !cues.title.has(before.lower[0]);
}

/** Whether a clause joined on by a conjunction after a comma is in `text`: `…, and the Kremlin said`. */
function newClause(cues: Cues, text: string): boolean {
  for (const match of text.matchAll(/[,;،]\s*([\p{L}\p{M}]+)/gu))
    if (cues.conjunction.has(match[1]!.toLowerCase())) return true;
  return false;
}

/** Whether the text after a name names it as a source: `'a göre`, ` zufolge`, `によると`. */
function sourceAfter(cues: Cues, text: string): boolean {
  if (SOURCE_AFTER_UNSPACED.test(text) || SOURCE_AFTER_POSTPOSITION.test(text)) return true;
  const words = wordsAfter(text, 0, text.length);
  return cues.sourceAfterWords.has(/^['’]/u.test(words[0] ?? '') ? words[1] : words[0]);
}

/** Whether a relative clause follows the name at `at`: `, who said`, `, который заявил`. */
function relativeAfter(cues: Cues, text: string, at: number, to: number): boolean {
  const start = at + (/^\s*[,،]?\s*/u.exec(text.slice(at, to))?.[0].length ?? 0);
  const words = wordsAfter(text, start, to);
  return cues.relative.has(words[0]) || cues.relative.has(words[0], words[1]);
}

/** What may stand between a speech verb and its subject after it: no end of a clause. */
const VERB_TO_NAME = /^[^.!?;:؟。\n"“”«»„,،]*(?:[,،]\s*)?$/u;
/** A sentence that introduces what follows: `… Kushner said:`, `… Smalltalk: —`. */
const ENDS_WITH_COLON = /:[\s—–-]*$/u;
/** A transcript's initials as a line's label: `SW`, `YU`. */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** A dash that opens a line of dialogue, or closes its quoted words (`– mówił Trump`). */
const DIALOGUE_DASH = /^[^\S\n]*[–—][^\S\n]/u;
const CLOSING_DASH = /[^\S\n][–—][^\S\n]/gu;

/**
 * How far after a quote its closing mark is looked for, and how far its attribution is read
 * after that: within windows.ts's SPEAKER_AFTER_REACH together.
 */
const CLOSING_REACH = 380;
const CLAUSE_REACH = 110;
/** How far after a quote a name may start and still be the subject of its attribution. */
const NAME_FIRST_REACH = 30;
/** How far a speech verb may stand from the name it belongs to, after it or before it. */
const CUE_REACH = 160;
const CUE_BEFORE_REACH = 60;
/** How far back to look for the speaker a quote continues, by sentences. */
const LOOK_BACK = 1_500;
/** How long a line's label may be: `Aide to the President Yury Ushakov:`. */
const LABEL_REACH = 60;
/** How far after a quote a source later in its sentence is read for. */
const SOURCE_REACH = 200;
/** How many of a paraphrase's first characters may hold its speaker (`Аль-Хайя заявил, что…`). */
const SPAN_HEAD = 60;
/** The longest line read as a headline, and how many sentences of its lede are read (6.). */
const HEADLINE = 250;
const LEDE_SENTENCES = 2;

/**
 * Whether `m` is an object or an owner, not a subject, read from the words before it back to
 * `from` (or the name before it): after a preposition, an owner's `'s` or a case ending, in a
 * case ending after an oblique title, inside brackets (`Он [Уиткофф]`).
 */
function isObject(r: CuedReading, m: PersonMention, from: number): boolean {
  const { text } = r;
  if (CASE_ENDING.test(text.slice(m.end, m.end + 2))) return true;
  if (UNSPACED_OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start))) return true;
  if (UNSPACED_OBJECT_AFTER.test(text.slice(m.end, m.end + 4))) return true;
  if (OBJECT_POSTPOSITION.test(text.slice(m.end, m.end + 6))) return true;
  if (r.oblique(m)) return true;
  const start = Math.max(from, m.start - 40);
  const before = text.slice(start, m.start);
  if (before.lastIndexOf('[') > before.lastIndexOf(']')) return true;
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
  const words = wordsBefore(text, start, m.start);
  const name = text.slice(m.start, m.end);
  if (objectAfter(r.cues, words, /\s/u.test(name.trim()))) return true;
  if (endsAt(r.cues.headNoun, words.lower, 0) && VOWEL_END.test(name)) return true;
  return within(r.cues.owner, words.lower, 2) && (ARABIC_SCRIPT.test(name) || VOWEL_END.test(name));
}

/** What joins two names into one word naming what is between them: a hyphen or a dash, unspaced. */
const NAME_COMPOUND = /^[-\u2010-\u2014]$/u;

/**
 * For each of `names` (in order, within a stretch from `from`), whether it is a subject: not an
 * object (isObject), nor in a list with one (`con Witkoff e Kushner`, `entre Poutine, Witkoff et
 * Kushner`, `Witkoff ve Kushner'dan`). A comma alone makes no list: `Witkoff, Trump'ın …` is a
 * topic and an owner.
 */
function subjectsOf(r: CuedReading, names: readonly PersonMention[], from: number): boolean[] {
  const objects = names.map((m, k) => isObject(r, m, Math.max(from, names[k - 1]?.end ?? from)));
  // Two names joined by a hyphen or a dash name what is between them ("the Putin-Witkoff
  // meeting", "पुतिन-विटकॉफ मुलाकात"): neither speaks.
  for (let k = 1; k < names.length; k++)
    if (NAME_COMPOUND.test(r.text.slice(names[k - 1]!.end, names[k]!.start)))
      objects[k - 1] = objects[k] = true;
  // How each name is joined to the next: 2 by a conjunction, 1 by a comma, 0 not.
  const links = names.slice(1).map((m, k) => {
    const between = r.text.slice(names[k]!.end, m.start);
    const joiner = between.replace(/^\s*[,،]?\s*/u, '').trim();
    return r.cues.conjunction.has(joiner) ? 2 : /^\s*[,،]\s*$/u.test(between) ? 1 : 0;
  });
  // Whether the list from link `k` on ends with a conjunction.
  const listFrom = (k: number): boolean => links[k] === 2 || (links[k] === 1 && listFrom(k + 1));
  for (let k = 1; k < names.length; k++)
    if (objects[k - 1] && links[k - 1]! > 0 && listFrom(k - 1)) objects[k] = true;
  for (let k = names.length - 2; k >= 0; k--)
    if (objects[k + 1] && links[k] === 2) objects[k] = true;
  return objects.map((object) => !object);
}

/**
 * Where a speech verb or source stands before `m` with only its noun phrase between (`sagte
 * Witkoff`, `قال رئيس حركة حماس خليل الحية`, `selon le conseiller du président, Youri
 * Ouchakov`), read back to `from`; -1 where none does, or where that phrase makes `m` an
 * object or an owner (`אמר יועצו של טראמפ`).
 */
function cueBefore(
  r: CuedReading,
  m: PersonMention,
  from: number,
  { cue = r.cues.cueBeforeName as Words, reach = CUE_BEFORE_REACH, words = 7 } = {},
): number {
  const start = Math.max(from, m.start - reach);
  const last = cue.last(r.text.slice(start, m.start));
  if (last === null || r.quoted(start + last.start)) return -1;
  const between = r.text.slice(start + last.end, m.start);
  if (!VERB_TO_NAME.test(between) || between.trim().split(/\s+/u).length > words) return -1;
  if (r.cues.reported.test(between)) return -1;
  return isObject(r, m, start + last.end) ? -1 : start + last.start;
}

/**
 * Whether `m` opens the sentence that starts at `from`: two words at most before it, in a
 * script that spaces its words (in Chinese or Japanese, the words before a name are not told
 * apart).
 */
const opens = (r: CuedReading, from: number, m: PersonMention) =>
  /^[^\S\n]*(?:[\p{L}\p{M}.'’-]+[^\S\n]+){0,2}$/u.test(r.text.slice(from, m.start)) &&
  !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(
    r.text.slice(from, m.end),
  );

/** What the words after a quote say: who spoke, that someone unnamed did, or nothing. */
const SOMEONE = Symbol('someone');
type After = PersonId | typeof SOMEONE | null;

/**
 * The subject of `[from, to)` that speaks (2.), or null. `introduced`: a speech verb
 * after the quote belongs to this sentence's subject, who needs no verb of their own. `own`:
 * the quote's own sentence, whose opening name is its topic. Names from `head` on (a
 * paraphrase's own words) speak only right at its start or after a verb.
 */
function speakerIn(
  r: CuedReading,
  from: number,
  to: number,
  { introduced = false, own = false, head = to } = {},
): PersonId | null {
  const { text } = r;
  const names = r
    .speakersIn(from, to)
    .filter((m) => m.start <= head + 3 || cueBefore(r, m, from) !== -1);
  if (names.length === 0) return null;
  const subjects = subjectsOf(r, names, from);
  // A speech verb before any name: the name after it is its subject (`Lo ha dichiarato, …,
  // il capo di Hamas, Khalil al-Hayya`), unless the verb is English or a reported clause or its
  // own subject comes between (`He said Trump…`, `وأضاف … أن ترامب`): then the speaker is
  // unnamed here.
  const lead = text.slice(from, names[0]!.start);
  const verb = r.cues.speechVerb.last(lead);
  const verbFirst = verb !== null && !r.quoted(from + verb.start);
  const reported =
    verbFirst &&
    (r.cues.englishVerb.test(lead.slice(verb.start, verb.end)) ||
      r.cues.reported.test(lead.slice(verb.end)));
  // Whether what comes before the quote (or a paraphrase's head, from the start of its word)
  // ends with a colon.
  let headStart = Math.min(head, to);
  while (headStart > from && /[\p{L}\p{M}]/u.test(text[headStart - 1]!)) headStart--;
  const colon = ENDS_WITH_COLON.test(text.slice(Math.max(from, headStart - 6), headStart));
  // A name a relative clause makes the speaker: `Witkoff and Kushner met Putin, who said: …`.
  const relative = names.find(
    (m) =>
      relativeAfter(r.cues, text, m.end, Math.min(to, m.end + 20)) &&
      r.cues.cueAfterName.test(text.slice(m.end, Math.min(to, m.end + 40))),
  );
  if (relative !== undefined && !reported) return relative.personId;
  const firstSubject = subjects.indexOf(true);
  // In the order the names appear: the first that speaks is the speaker.
  for (const [k, m] of names.entries()) {
    const before = cueBefore(r, m, Math.max(from, names[k - 1]?.end ?? from));
    if (before !== -1) return m.personId;
    if (reported) return null;
    const after = text.slice(m.end, Math.min(to, m.end + CUE_REACH));
    // A name that introduces what follows, as subject or agent: `Kushner: “…”`, `riassunto dal
    // consigliere Yuri Ushakov: discussioni "utili"`; not an owner (`יועצו של טראמפ:`).
    const agent = within(
      r.cues.agent,
      wordsBefore(text, Math.max(from, m.start - 40), m.start).lower,
      2,
    );
    if (/^\s*:/u.test(after) && (subjects[k] || agent)) return m.personId;
    if (sourceAfter(r.cues, after)) return m.personId;
    if (!subjects[k]) continue;
    if (introduced || verbFirst) return m.personId;
    const ownClause = !newClause(r.cues, text.slice(m.end, headStart));
    if (colon && ownClause && subjects.filter(Boolean).length === 1) return m.personId;
    const cue = r.cues.cueAfterName.first(after)?.start ?? -1;
    // Not another clause's verb: `Witkoff met Ushakov, and the Kremlin said`.
    if (cue === -1 || r.quoted(m.end + cue) || newClause(r.cues, after.slice(0, cue))) continue;
    // The subject the sentence opens with speaks, whatever names come before its verb (`Putin
    // empfing Witkoff und sagte`); another's verb comes before the next subject.
    if (k === firstSubject && opens(r, from, m)) return m.personId;
    const next = names.findIndex((n, j) => j > k && subjects[j]);
    if (next === -1 || m.end + cue < names[next]!.start) return m.personId;
  }
  // The topic a sentence opens with: `Uşakov, hem Washington'da …`, `Kushner, “…”`.
  const first = names[0]!;
  const topic = own && subjects[0] && opens(r, from, first);
  return topic && /^\s*[,،]/u.test(text.slice(first.end)) ? first.personId : null;
}

/**
 * Who the words right after a quote (from `from`, just past its closing mark) credit (1.).
 */
function afterQuote(r: CuedReading, from: number): After {
  const { text } = r;
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  let at = from;
  // Past the closing marks, commas and dashes; a sentence that ends here credits nobody after,
  // nor one that ended inside the quote (`everything.” He went on`, not `…!” he said`).
  while (at < limit && /[^\S\n]|["'”’»«“„,:—–\-…)]/u.test(text[at]!)) at++;
  if (at < limit && /[.!?؟。;\n]/u.test(text[at]!)) return null;
  let inside = from - 1;
  while (inside > 0 && isQuoteMark(text, inside)) inside--;
  const next = text[at] ?? '';
  if (/[.!?…]/u.test(text[inside] ?? '') && next !== next.toLowerCase()) return null;
  const end = sentenceEndAfter(text, at, limit);
  const clause = text.slice(at, end);
  if (r.cues.conjunction.has(wordsAfter(clause, 0, clause.length)[0])) return null;
  const names = r.speakersIn(at, end);
  const first = names[0];
  // A name first: with its verb (`Witkoff said`, `the Kremlin's Ushakov said`), a source after
  // it, or alone (`”, Dmitriev.`).
  if (first !== undefined && first.start - at <= NAME_FIRST_REACH) {
    const rest = text.slice(first.end, names[1]?.start ?? end);
    const subject = subjectsOf(r, names, at)[0];
    // Its verb may follow a clause about it: `,” Witkoff, who arrived on Tuesday, told…`.
    if (subject && (r.cues.cueAfterName.test(rest) || sourceAfter(r.cues, rest)))
      return first.personId;
    if (first.start === at && /^\s*(?:\([^)]*\)?)?\s*[.!?]?$/u.test(rest)) return first.personId;
    if (!r.cues.anyCue.test(text.slice(at, first.start))) return null;
  }
  // A verb or source first (`said Witkoff`, `— сказал журналистам президент США`).
  const cue = r.cues.cueAfterQuote.first(clause);
  if (cue === null || cue.start > CUE_BEFORE_REACH) return null;
  if (names.some((m) => m.start < at + cue.start)) return null;
  for (const m of names) {
    const before = cueBefore(r, m, at, {
      cue: r.cues.cueAfterQuote,
      reach: CLAUSE_REACH,
      words: 12,
    });
    if (before !== -1) return m.personId;
  }
  return SOMEONE;
}

/**
 * A source named later in the sentence from `from` (to `limit`): `…, selon le conseiller du
 * président russe, Youri Ouchakov.`, `…, according to Kushner.`
 */
function sourceLater(r: CuedReading, from: number, limit: number): PersonId | null {
  const end = sentenceEndAfter(r.text, from, limit);
  for (const m of r.speakersIn(from, end)) {
    if (cueBefore(r, m, from, { cue: r.cues.source, reach: CUE_BEFORE_REACH }) !== -1)
      return m.personId;
  }
  return null;
}

/**
 * The person a line's label names (3.): `Steve Witkoff: …`, `Стивен Уиткофф — CBS: «…»`,
 * `Aide to the President Yury Ushakov: …`, or initials (`SW: …`) of a name the page gave in full
 * before. Null where the line has no label or its label names nobody. `speech`: only a label
 * followed by speech, not by a quotation (a headline's `Witkoff: «…»`).
 */
function labelOf(r: CuedReading, start: number, speech = false): PersonId | null {
  const { text } = r;
  const colon = text.slice(start, start + LABEL_REACH).indexOf(':') + start;
  if (colon < start || !SPACE.test(text[colon + 1] ?? ' ')) return null;
  const label = text.slice(start, colon);
  if (/[.!?؟\n"“”«»„,،]/u.test(label) || label.trim().split(/\s+/u).length > 6) return null;
  if (r.cues.anyCue.test(label)) return null;
  if (speech && isQuoteMark(text, colon + 2)) return null;
  // One name, and a transcript's label ends with it: `US-Gesandte Witkoff und Kushner in
  // Moskau: …` is a headline's topic, not a speaker.
  const named = r.mentions.filter((m) => m.start >= start && m.end <= colon);
  if (named.length > 1) return null;
  if (named.length === 1) {
    return speech && text.slice(named[0]!.end, colon).trim() !== '' ? null : named[0]!.personId;
  }
  const initials = label.trim();
  if (!INITIALS.test(initials)) return null;
  // The nearest name before that these are the initials of: `Steve Witkoff` for `SW`.
  for (let k = r.mentions.length - 1; k >= 0; k--) {
    const m = r.mentions[k]!;
    if (m.start >= start) continue;
    const words = text.slice(m.start, m.end).split(/[\s-]+/u);
    if (words.map((w) => w[0]).join('') === initials) return m.personId;
  }
  return null;
}

/** The person the nearest label line above `at` names, back to `reach` (4.). */
function labelAbove(r: CuedReading, at: number, reach: number): PersonId | null {
  for (let line = r.lineStart(at); line > reach;) {
    line = r.lineStart(line - 1);
    const label = labelOf(r, line, true);
    if (label !== null) return label;
  }
  return null;
}

/**
 * The speaker of the sentence `[from, to)` read on its own (4.): the attribution after a
 * quotation it closes (`…,” Kushner said.`, or `…” devam etti.` crediting the subject before
 * that quotation opened), or its subject with a speech verb.
 */
function sentenceSpeaker(r: CuedReading, from: number, to: number, reach: number): PersonId | null {
  const { text } = r;
  const marks = quoteMarks(text, from, to);
  const last = marks.at(-1);
  if (last !== undefined && r.quoted(last)) {
    const after = afterQuote(r, last + 1);
    if (after === SOMEONE) {
      const open = r.marksBefore(last).at(-1)!;
      const introduced = speakerIn(r, sentenceStartBefore(text, reach, open), open, {
        introduced: true,
      });
      if (introduced !== null) return introduced;
    } else if (after !== null) return after;
  }
  // A sentence that names nobody outside quotes names no speaker: its cues are not read.
  if (r.speakersIn(from, to).length === 0) return null;
  const hasCue = text.slice(from, to).includes(':') || r.cues.anyCue.test(text.slice(from, to));
  return hasCue ? speakerIn(r, from, to) : null;
}

/**
 * The nearest earlier sentence's speaker, from `to` back (4.). `pronoun`: the quote's own
 * sentence has a speech verb but no name (`Asked about Hamas, he said:`), so the sentence just
 * before, if a name opens it, says who (`Kushner presented the slides.`).
 */
function earlierSpeaker(
  r: CuedReading,
  to: number,
  open: number,
  reach: number,
  pronoun: boolean,
): PersonId | null {
  let adjacent = pronoun;
  for (const [from, end] of sentencesBefore(r, to, open, reach)) {
    const speaker = sentenceSpeaker(r, from, end, reach);
    if (speaker !== null) return speaker;
    const names = adjacent ? r.speakersIn(from, end) : [];
    if (names.length > 0) {
      const first = names[0]!;
      if (subjectsOf(r, names, from)[0] && opens(r, from, first)) return first.personId;
      adjacent = false;
    }
    if (r.text.slice(from, end).trim() !== '') adjacent = false;
  }
  return null;
}

/** The sentences before `to`, nearest first, back to `reach` and no further than `LOOK_BACK` from `open`. */
function* sentencesBefore(
  r: CuedReading,
  to: number,
  open: number,
  reach: number,
): Generator<[number, number]> {
  for (let end = to; end > reach;) {
    const from = sentenceStartBefore(r.text, reach, open, end - 1);
    if (from < open - LOOK_BACK) return;
    yield [from, end];
    end = from;
  }
}

/**
 * Where the quotation around `[start, end)` opens and ends (past its closing mark, or at its
 * closing dash), or null outside one.
 */
function quotationAround(r: CuedReading, start: number, end: number): [number, number] | null {
  const { text } = r;
  const before = r.marksBefore(start);
  const limit = lineEnd(text, end, Math.min(text.length, end + CLOSING_REACH));
  if (before.length % 2 === 1) {
    let close = end;
    while (close < limit && !isQuoteMark(text, close)) close++;
    return [before.at(-1)!, close < limit ? close + 1 : end];
  }
  // A line of dialogue: `– Nie wiem… – mówił Trump`.
  const line = r.lineStart(start);
  if (before.length > 0 || !DIALOGUE_DASH.test(text.slice(line, start))) return null;
  CLOSING_DASH.lastIndex = 0;
  const rest = text.slice(end, limit);
  for (let dash; (dash = CLOSING_DASH.exec(rest)) !== null;) {
    const at = end + dash.index + dash[0].length;
    if (r.cues.cueAfterQuote.first(text.slice(at, at + 30))?.start === 0) return [line, at];
  }
  return null;
}

/** A quote's span, and the quotation around it (the span itself for a paraphrase). */
interface Quote {
  readonly start: number;
  readonly end: number;
  /** Where its quotation opens (its mark, or its first word for a paraphrase). */
  readonly open: number;
  /** Where the page's own words after it begin. */
  readonly close: number;
  readonly quoted: boolean;
  /** Where its own sentence starts. */
  readonly sentence: number;
}

/** The speaker the words right after a quote name, or after the first of its two parts (1.). */
function speakerAfter(r: CuedReading, quote: Quote): After {
  const after = afterQuote(r, quote.close);
  if (after !== null) return after;
  const inner = innerClose(r.text, quote.start, quote.end);
  return inner === -1 ? null : afterQuote(r, inner + 1);
}

/** The subject of a quote's own sentence (2.); a paraphrase's first words may name it. */
function ownSpeaker(r: CuedReading, quote: Quote, introduced: boolean): PersonId | null {
  const end = quote.quoted ? quote.open : Math.min(quote.end, quote.start + SPAN_HEAD);
  const head = quote.quoted ? quote.open : quote.start;
  return speakerIn(r, quote.sentence, end, { introduced, own: true, head });
}

/**
 * Whether a quote's speaker is someone named before (4.): a pronoun speaks (`he said`), or a
 * verb with no subject of its own opens its sentence (`وتابع قائلاً:`, `Dodał:`, `Ha aggiunto:`).
 */
function spokenByPronoun(r: CuedReading, quote: Quote): boolean {
  const own = r.text.slice(quote.sentence, quote.open);
  const after = r.text.slice(quote.close, quote.close + 40);
  if (r.cues.pronoun.test(`${own} ${after}`) || INVERTED_PRONOUN.test(after)) return true;
  const verb = r.cues.speechVerb.first(own);
  return verb !== null && /^[^\S\n]*(?:[\p{L}\p{M}]+[^\S\n]+)?$/u.test(own.slice(0, verb.start));
}

/**
 * Whether a quote’s own sentence gives it a speaker the page does not name: a speech cue right
 * after a name that is not its subject, in the same clause (`A neighbour of Kushner said the
 * kitchen “…”`, not `von Jared Kushner …, vorgestellt, der erklärte: „…“`). No one named
 * earlier speaks for it then.
 */
function spokenByOther(r: CuedReading, quote: Quote): boolean {
  const names = r.speakersIn(quote.sentence, quote.open);
  if (names.length === 0 || subjectsOf(r, names, quote.sentence).some(Boolean)) return false;
  const after = r.text.slice(names.at(-1)!.end, quote.open);
  const verb = r.cues.anyCue.first(after);
  return verb !== null && !/[,،;:(—–]/u.test(after.slice(0, verb.start));
}

/** For a quotation that ends its sentence, the speaker the next sentence names (5.). */
function nextSpeaker(r: CuedReading, quote: Quote, ceiling: number): PersonId | null {
  const { text } = r;
  const next = sentenceEndAfter(text, quote.close, ceiling);
  if (!/^[\s"'”’»“.!?…)]*$/u.test(text.slice(quote.close, next))) return null;
  let start = next;
  while (start < ceiling && SPACE.test(text[start]!)) start++;
  const end = sentenceEndAfter(text, start, ceiling);
  if (!r.cues.anyCue.test(text.slice(start, end))) return null;
  return speakerIn(r, start, end, { introduced: true });
}

/**
 * Whom a turn of dialogue from `start` names as its speaker after its words (`— Ein schöner
 * Spaziergang, antwortete Witkoff.`, `— Прекрасный город, — ответил Уиткофф.`), not at its
 * opening as a list of points does (`— Witkoff said…`). Null where none.
 */
function turnNames(r: CuedReading, start: number, end: number): PersonId | null {
  const name = r.speakersIn(start, end)[0];
  const close = r.text.slice(start, name?.start ?? start).search(/[,،–—][^,،–—]*$/u);
  const after = close > 0 ? afterQuote(r, start + close + 1) : null;
  return after === SOMEONE ? null : after;
}

/** Whom the line that introduces a dialogue with a colon names: `Putin … fragte: — …`. */
function introduced(r: CuedReading, turn: number): PersonId | null {
  let end = turn;
  while (end > r.floor && SPACE.test(r.text[end - 1]!)) end--;
  if (r.text[end - 1] !== ':') return null;
  return speakerIn(r, sentenceStartBefore(r.text, r.floor, end), end);
}

/**
 * Whom a turn of dialogue is spoken by (4.) where it says nothing of it (`after`: what the words
 * after the quote say), and turns came before it: a new dash is a new speaker, not the one
 * before. In a dialogue of two, turns alternate: a turn is spoken by whoever spoke two turns
 * before, where the turn between is someone else's; the first by whom the line introducing the
 * dialogue names. Null where that is not sure. Undefined where the quote is in no dialogue whose
 * turns name their speakers: points listed with dashes under `Ushakov said:` are all his.
 */
function turnSpeaker(r: CuedReading, quote: Quote, after: After): PersonId | null | undefined {
  const turns = turnsBefore(r.text, r.floor, quote.start).reverse();
  const own = turns.pop();
  if (own === undefined || after !== null || r.cues.anyCue.test(r.text.slice(own, quote.start)))
    return undefined;
  const speakers: (PersonId | null)[] = [];
  let named = false;
  for (const [k, turn] of turns.entries()) {
    const speaker = turnNames(r, turn, turns[k + 1] ?? own);
    named ||= speaker !== null;
    speakers.push(speaker ?? (k === 0 ? introduced(r, turn) : alternate(speakers)));
  }
  return named ? alternate(speakers) : undefined;
}

/** The next speaker of a dialogue of two, after `speakers`: the one before the last, if another. */
function alternate(speakers: readonly (PersonId | null)[]): PersonId | null {
  const [before, last] = [speakers.at(-2) ?? null, speakers.at(-1) ?? null];
  return last !== null && before !== null && last !== before ? before : null;
}

/** Whom a page credits with the quote at `[start, end)` of `text`, or null where it does not say. */
export type Attribute = (
  text: string,
  start: number,
  end: number,
  mentions: readonly PersonMention[],
) => PersonId | null;

/** `Attribute` by `lists`, the speech cues the dataset carries (speech-cues.ts). */
export function compileAttribution(lists: SpeechCues): Attribute {
  const cues = compileCues(lists);
  return (text, start, end, mentions) => attribute(cues, text, start, end, mentions);
}

function attribute(
  cues: Cues,
  text: string,
  start: number,
  end: number,
  mentions: readonly PersonMention[],
): PersonId | null {
  const [reach, ceiling] = [
    Math.max(0, start - SPEAKER_REACH),
    Math.min(text.length, end + SPEAKER_AFTER_REACH),
  ];
  const named = withShortNames(text, mentions, reach, ceiling);
  const r = new CuedReading(text, named, reach, ceiling, cues);
  const quotation = quotationAround(r, start, end);
  const [open, close] = quotation ?? [start, end];
  const sentence = sentenceStartBefore(text, reach, open);
  const quote: Quote = { start, end, open, close, quoted: quotation !== null, sentence };
  const after = speakerAfter(r, quote);
  if (after !== null && after !== SOMEONE) return after;
  const line = r.lineStart(open);
  const own =
    ownSpeaker(r, quote, after === SOMEONE) ??
    sourceLater(r, close, Math.min(ceiling, close + SOURCE_REACH)) ??
    (line >= reach ? labelOf(r, line) : null);
  if (own !== null) return own;
  const turn = turnSpeaker(r, quote, after);
  if (turn !== undefined) return turn;
  const pronoun = spokenByPronoun(r, quote);
  if (!pronoun && spokenByOther(r, quote)) return null;
  return (
    earlierSpeaker(r, sentence, open, reach, pronoun) ??
    labelAbove(r, open, reach) ??
    (quote.quoted && after === null ? nextSpeaker(r, quote, ceiling) : null) ??
    (quote.quoted && unclaimed(r, quote, ceiling)
      ? (lastSubject(r, sentence, open, reach) ?? ledeSpeaker(r, quote, ceiling))
      : null)
  );
}

/**
 * For a quotation in a headline (a line of its own, short, with no sentence end), the speaker
 * of the first sentence after it that credits someone (6.): news names a headline's speaker in
 * its lede (`« Nous avons discuté du fond… » : les négociations…` / `…, selon le conseiller du
 * président russe, Youri Ouchakov.`).
 */
function ledeSpeaker(r: CuedReading, quote: Quote, ceiling: number): PersonId | null {
  const { text } = r;
  const [line, end] = [r.lineStart(quote.open), lineEnd(text, quote.close, ceiling)];
  if (end - line > HEADLINE || end >= ceiling || /[.!?؟。]\s*$/u.test(text.slice(line, end)))
    return null;
  for (let [from, k] = [end, 0]; from < ceiling && k < LEDE_SENTENCES; k++) {
    const to = sentenceEndAfter(text, from, ceiling);
    const speaker = sentenceSpeaker(r, from, to, r.floor);
    if (speaker !== null) return speaker;
    from = to;
  }
  return null;
}

/**
 * Whether a quotation's own sentence leaves it to another (6.): it names no one as a subject
 * and no one speaks in it (`Statt dessen arbeite man nur noch auf einen „katastrophalen Erfolg“
 * hin.`), or its subject is an epithet (`Der 45jährige stellte klar`) or a statement (`йдеться
 * у заяві`, "the statement says"). A speaker of its own, named or not (`Hamas said`, `a US
 * official said`, `Himam Al Haya explicó`), keeps it from them.
 */
function unclaimed(r: CuedReading, quote: Quote, ceiling: number): boolean {
  const end = sentenceEndAfter(r.text, quote.close, ceiling);
  const names = r.speakersIn(quote.sentence, end);
  if (subjectsOf(r, names, quote.sentence).some(Boolean)) return false;
  const own = `${r.text.slice(quote.sentence, quote.open)} ${r.text.slice(quote.close, end)}`;
  return AGE_EPITHET.test(own) || IMPERSONAL.test(own) || !r.cues.anyCue.test(own);
}

/**
 * For a quotation no sentence around credits, the name that opens the nearest earlier sentence
 * naming anyone (6.): the page's subject, whom its epithets and unnamed statements stand for
 * (`Kushner zeigte … Der 45jährige stellte klar, daß die USA „keinen Plan B“ …`, `Кушнер …
 * оприлюднив … "…", - йдеться у заяві`). Null where that sentence's first name is no subject.
 */
function lastSubject(r: CuedReading, to: number, open: number, reach: number): PersonId | null {
  for (const [from, end] of sentencesBefore(r, to, open, reach)) {
    const first = r.speakersIn(from, end)[0];
    if (first !== undefined)
      return subjectsOf(r, [first], from)[0] && opens(r, from, first) ? first.personId : null;
  }
  return null;
}
