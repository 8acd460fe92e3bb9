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
  const wordAt = (k: number) => text.slice(starts[k], ends[k]);
  /** Whether one group separator stands between word `k` and the next. */
  const separated = (k: number) =>
    ends[k]! + 1 === starts[k + 1] && GROUP_SEPARATORS.has(text[ends[k]!]!);
  /** Whether word `k + 1` is three digits, after word `k` and one group separator. */
  const groupAfter = (k: number) => separated(k) && LATER_GROUP.test(wordAt(k + 1));
  const isThousand = (k: number) => k < starts.length && thousands().has(wordAt(k).toLowerCase());

  /** The number that starts at word `k` and its last word, or null where none does. */
  const numberAt = (k: number): { digits: string; last: number } | null => {
    const word = wordAt(k);
    if (APOSTROPHE_GROUPED.test(word)) return { digits: word.replace(/['’]/gu, ''), last: k };
    // "mil 700"
    if (isThousand(k)) return groupAfter(k) ? { digits: `1${wordAt(k + 1)}`, last: k + 1 } : null;
    if (!FIRST_GROUP.test(word)) return null;
    // "2 mil 500"
    if (separated(k) && isThousand(k + 1) && groupAfter(k + 1))
      return { digits: word + wordAt(k + 2), last: k + 2 };
    // "1.700", "2 500 000"
    let [digits, last] = [word, k];
    while (groupAfter(last)) digits += wordAt(++last);
    return last > k ? { digits, last } : null;
  };

  const joined: Tokens = { starts: [], ends: [], texts: [] };
  for (let k = 0; k < starts.length; k++) {
    const number = numberAt(k);
    const last = number?.last ?? k;
    joined.starts.push(starts[k]!);
    joined.ends.push(ends[last]!);
    joined.texts.push(number?.digits ?? wordAt(k));
    k = last;
  }
  return joined;
}
