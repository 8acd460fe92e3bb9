import { describe, expect, it } from 'vitest';
import type { PersonMention } from '../../src/core/people';
import { withShortNames } from '../../src/core/short-names';

/** A mention of `person` at the first `name` in `text`. */
function mention(text: string, name: string, person: string): PersonMention {
  const start = text.indexOf(name);
  return { personId: person, start, end: start + name.length };
}

/** The names `withShortNames` adds to the mentions of `text`, as written. */
function added(text: string, mentions: PersonMention[]): string[] {
  const all = withShortNames(text, mentions, 0, text.length);
  return all.filter((m) => !mentions.includes(m)).map((m) => text.slice(m.start, m.end));
}

describe('withShortNames', () => {
  it('finds a full name’s last words after it, as whole words', () => {
    const text = 'Jalil Al Haya llegó. Al Haya habló; Al Hayas no.';
    expect(added(text, [mention(text, 'Jalil Al Haya', 'al-hayya')])).toEqual(['Al Haya']);
  });

  it('leaves out a short form before the full name, after a capitalised word, or two people share', () => {
    const before = 'Al Haya habló. Jalil Al Haya llegó.';
    expect(added(before, [mention(before, 'Jalil Al Haya', 'al-hayya')])).toEqual([]);
    const other = 'Jalil Al Haya llegó. Himam Al Haya habló.';
    expect(added(other, [mention(other, 'Jalil Al Haya', 'al-hayya')])).toEqual([]);
    const shared = 'Donald Trump and Eric Trump came. Trump spoke.';
    const both = [mention(shared, 'Donald Trump', 'trump'), mention(shared, 'Eric Trump', 'eric')];
    expect(added(shared, both)).toEqual([]);
  });

  it('keeps the mentions as they are where it adds none', () => {
    const text = 'Witkoff arrived.';
    const mentions = [mention(text, 'Witkoff', 'witkoff')];
    expect(withShortNames(text, mentions, 0, text.length)).toBe(mentions);
  });
});
