/**
 * A number is one word, however a page groups its digits: "1.700" (Spanish, Croatian), "1,700"
 * (English), "1 700" (French), "1'700" (Swiss) and "mil 700" / "bin 700" (Mexican Spanish,
 * Turkish: "thousand 700") are each the word "1700". Word splitting (words.ts) makes "1" and
 * "700" of "1.700", so a rendering's "1700" stood for nothing on a page printing "1.700", and
 * "700" of anyone's 700 stood for it. The stem matcher reads a page's words so, and the build
 * reads the claims' texts so (scripts/dataset/stem-profiles.ts): one rule on both sides.
 */
import { foldText } from './normalize';
import type { Tokens, WordSpans } from './words';

/** One character between a number's groups of three digits. */
const GROUP_SEPARATORS = new Set(['.', ',', ' ', '\u00a0', '\u202f', '\u2009']);
/** A number's first group: one to three digits; every later group: three. */
const FIRST_GROUP = /^\d{1,3}$/u;
const LATER_GROUP = /^\d{3}$/u;
/** A group written with an apostrophe inside one word ("1'700"): words.ts keeps it one word. */
const APOSTROPHE_GROUPED = /^\d{1,3}(?:['’]\d{3})+$/u;

/**
 * "Thousand" as news writes it before a number's last three digits ("mil 700", "bin 700",
 * "тысяча 700"), lower-case: as written, and folded when a named page is first read
 * (`thousands`), not when every page loads the content script.
 */
const THOUSAND_WORDS = [
  'thousand',
  'mil',
  'mila',
  'mille',
  'tausend',
  'bin',
  'тысяча',
  'тысячи',
  'тисяча',
  'тисячі',
  'tysiąc',
  'tysiące',
  'tisuću',
  'tisuća',
  'hiljadu',
  'hiljada',
  'ألف',
  'אלף',
  'هزار',
  'χίλια',
];
let thousandForms: ReadonlySet<string> | undefined;
const thousands = () =>
  (thousandForms ??= new Set(THOUSAND_WORDS.flatMap((word) => [word, foldText(word)])));

/**
 * `spans`' words of `text` (as `tokenize` makes them), each number's groups joined into one
 * word whose text is its digits: its span runs from its first group (or "thousand") to its last.
 */
export function joinNumbers(text: string, { starts, ends }: WordSpans): Tokens {
  const joined: Tokens = { starts: [], ends: [], texts: [] };
  const wordAt = (k: number) => text.slice(starts[k], ends[k]);
  const separated = (k: number) =>
    ends[k]! + 1 === starts[k + 1] && GROUP_SEPARATORS.has(text[ends[k]!]!);
  for (let k = 0; k < starts.length; k++) {
    const word = wordAt(k);
    let digits: string | null = null;
    let last = k;
    if (FIRST_GROUP.test(word) || thousands().has(word.toLowerCase())) {
      // Digits, then groups of three; or "thousand" (after digits or alone), then three digits.
      let thousand = !FIRST_GROUP.test(word);
      let value = thousand ? '1' : word;
      if (!thousand && k + 1 < starts.length && separated(k)) {
        const next = wordAt(k + 1).toLowerCase();
        if (thousands().has(next) && k + 2 < starts.length) [thousand, last] = [true, k + 1];
      }
      if (thousand) {
        if (last + 1 < starts.length && separated(last) && LATER_GROUP.test(wordAt(last + 1)))
          [digits, last] = [value + wordAt(last + 1), last + 1];
        else last = k;
      } else {
        while (last + 1 < starts.length && separated(last) && LATER_GROUP.test(wordAt(last + 1)))
          value += wordAt(++last);
        if (last > k) digits = value;
      }
    } else if (APOSTROPHE_GROUPED.test(word)) {
      digits = word.replace(/['’]/gu, '');
    }
    joined.starts.push(starts[k]!);
    joined.ends.push(ends[last]!);
    joined.texts.push(digits ?? word);
    k = last;
  }
  return joined;
}
