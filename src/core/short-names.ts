/**
 * A name the page gave in full, printed again by its last words: `Jalil Al Haya … Al Haya ha
 * explicado`. The people matcher counts some short forms only near a word of their context (a
 * bare `Al Haya` may be ordinary words); once the page has named the person in full just before,
 * they are that person. For attribution.ts, which reads who speaks, not for who a page names.
 */
import type { PersonMention } from './people';

/** A full name's words past its first, where they are capitalised (a script with capitals). */
const SHORT = /^\S+\s+(\p{Lu}[\p{L}\p{M}'’ -]{2,})$/u;

/**
 * `mentions` (in text order) and, within `[from, to)`, the short forms of the full names among
 * them found after each, in text order: whole words, not inside a mention, not after a
 * capitalised word (`Himam Al Haya` is someone else). A short form two people's names share is
 * left out.
 */
export function withShortNames(
  text: string,
  mentions: readonly PersonMention[],
  from: number,
  to: number,
): readonly PersonMention[] {
  const owners = new Map<string, PersonMention | null>();
  for (const m of mentions) {
    const short = m.start >= from && m.end <= to && SHORT.exec(text.slice(m.start, m.end))?.[1];
    if (!short) continue;
    const known = owners.get(short);
    owners.set(short, known === undefined ? m : known?.personId === m.personId ? known : null);
  }
  const found: PersonMention[] = [];
  for (const [short, owner] of owners) {
    if (owner === null) continue;
    const alone = new RegExp(
      `(?<![\\p{L}\\p{M}-]|\\p{Lu}[\\p{L}\\p{M}'’-]*[^\\S\\n]+)${short}(?![\\p{L}\\p{M}-])`,
      'gu',
    );
    for (const hit of text.slice(owner.end, to).matchAll(alone)) {
      const start = owner.end + hit.index;
      const end = start + short.length;
      if (!mentions.some((m) => m.start < end && start < m.end))
        found.push({ personId: owner.personId, start, end });
    }
  }
  if (found.length === 0) return mentions;
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}
