/**
 * Whom a claim is found near: a name of one of its people must stand near a translation of it
 * (stem-match.ts) and a short quotation of it (short-quotes.ts). One rule, read by the matchers
 * and by the background that slices the dataset for a page (analyzer-slice.ts). And whom it is
 * about: one of them must be named within reach (`isAboutSomeoneNamed`).
 */
import type { Claim, EventId, PersonId } from './dataset';
import type { PersonMention } from './people';
import { CLAIM_REACH } from './windows';

/** A claim's speaker and whoever a source credits it to. */
export function creditedPeople(claim: Claim): PersonId[] {
  const people = new Set<PersonId>();
  if (claim.speaker !== null) people.add(claim.speaker);
  for (const { attributedTo } of claim.appearances)
    if (attributedTo !== null) people.add(attributedTo);
  return [...people];
}

/**
 * A quote most of whose sources state it in their own words, crediting nobody: the length of a
 * meeting a spokesman gave, which the news reports as its own ("the talks lasted nearly five
 * hours"). Reported in a page's own words, it needs no credit.
 */
export function isNarrated(claim: Claim): boolean {
  const uncredited = claim.appearances.filter((a) => a.attributedTo === null).length;
  return claim.kind === 'quote' && uncredited * 2 > claim.appearances.length;
}

/** Per event, the people its claims credit: who took part, as far as the record says. */
export function peopleOfEvents(claims: readonly Claim[]): Record<EventId, PersonId[]> {
  const byEvent = new Map<EventId, Set<PersonId>>();
  for (const claim of claims) {
    const people = byEvent.get(claim.event) ?? new Set<PersonId>();
    byEvent.set(claim.event, people);
    for (const person of creditedPeople(claim)) people.add(person);
  }
  return Object.fromEntries([...byEvent].map(([event, people]) => [event, [...people].sort()]));
}

/**
 * Whom a claim's translation is found near: the people credited with it; for a narrated quote,
 * its event's people too, whom a report of it names ("Putin met Witkoff and Kushner; the talks
 * lasted five hours"). Not for a fact no one is credited with: near the event's people, a fact
 * of one event read like another's (docs/how-a-translation-is-found.md).
 */
export function peopleNear(
  claim: Claim,
  eventPeople: Readonly<Record<EventId, readonly PersonId[]>>,
): PersonId[] {
  const credited = creditedPeople(claim);
  if (!isNarrated(claim)) return credited;
  return [...new Set([...credited, ...(eventPeople[claim.event] ?? [])])];
}

/**
 * Whether a text may print `claim` at `[start, end)`, its people named at `mentions`: where the
 * claim is said of or to someone (its `about`), one of them is named within a claim's reach
 * (windows.ts). Witkoff telling of his "deepest respect" for Qatar's emir, with Putin named
 * nowhere near, is not his respect for Putin, however close the words. Within the reach, not
 * the sentence: an article names the man once, then says "the Russian president".
 */
export function isAboutSomeoneNamed(
  claim: Claim,
  mentions: readonly PersonMention[],
  start: number,
  end: number,
): boolean {
  const about = claim.about;
  if (about === undefined) return true;
  return mentions.some(
    (m) => about.includes(m.personId) && m.end > start - CLAIM_REACH && m.start < end + CLAIM_REACH,
  );
}

/**
 * The mentions that may be `claim`'s speaker: not those of whom it is said (its `about`). Witkoff
 * advising Putin to congratulate Trump and call him "a man of peace" is not Trump speaking,
 * though the sentence names him nearest (`Trumpowi`: Polish's "to Trump").
 */
export function mayHaveSaid(
  claim: Claim,
  mentions: readonly PersonMention[],
): readonly PersonMention[] {
  const about = claim.about;
  return about === undefined ? mentions : mentions.filter((m) => !about.includes(m.personId));
}
