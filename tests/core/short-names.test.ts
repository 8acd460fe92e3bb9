import fc from 'fast-check';
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

  it('adds no short form inside a mention, on a page that prints the name thousands of times', () => {
    // A live blog: each entry names him in full, then by his last words; the people matcher
    // already counted some of those (near "Hamás"), which must not be added twice.
    const entry = 'Jalil Al Haya llegó a El Cairo. Al Haya habló. Hamás: Al Haya confirmó.\n';
    const text = entry.repeat(3000);
    const mentions: PersonMention[] = [];
    for (let at = 0; at < text.length; at += entry.length) {
      mentions.push({ personId: 'al-hayya', start: at, end: at + 13 });
      const counted = at + entry.indexOf('Al Haya confirmó');
      mentions.push({ personId: 'al-hayya', start: counted, end: counted + 7 });
    }
    const all = withShortNames(text, mentions, 0, text.length);
    expect(all.length).toBe(9000);
    expect(new Set(all.map((m) => m.start)).size).toBe(9000);
    expect(all.filter((m) => text.slice(m.start, m.end) === 'Al Haya')).toHaveLength(6000);
  });

  it('keeps the mentions as they are where it adds none', () => {
    const text = 'Witkoff arrived.';
    const mentions = [mention(text, 'Witkoff', 'witkoff')];
    expect(withShortNames(text, mentions, 0, text.length)).toBe(mentions);
  });
});

/** The definition: the expression `withShortNames` reads a short form by, as it once did. */
function byExpression(
  text: string,
  mentions: readonly PersonMention[],
  from: number,
  to: number,
): readonly PersonMention[] {
  const owners = new Map<string, PersonMention | null>();
  for (const m of mentions) {
    const short =
      m.start >= from &&
      m.end <= to &&
      /^\S+\s+(\p{Lu}[\p{L}\p{M}'’ -]{2,})$/u.exec(text.slice(m.start, m.end))?.[1];
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
  return found.length === 0 ? mentions : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

describe('withShortNames, read by code', () => {
  it('finds what the expression of each short form finds', () => {
    const names = ['Jalil Al Haya', 'Himam Al Haya', 'Steve Witkoff', 'Yuri U’shakov', 'Ана Ва-ли'];
    const around = fc.constantFrom(
      ...'aAlHy ',
      ' ',
      '\n',
      '\u00A0',
      '-',
      "'",
      '’',
      '\u0301',
      '.',
      'É',
      '\u{10400}',
      '\u{10428}',
      '\uD801',
      '\uDC00',
      'Al',
      'Al Hayas',
    );
    /** The short forms of `names`, and what they may stand after. */
    const shorts = [
      'Al Haya',
      'Witkoff',
      ' Witkoff',
      'U’shakov',
      'Ва-ли',
      ' Al Haya ',
      'Zé Al Haya',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { arbitrary: fc.constantFrom(...names), weight: 1 },
            { arbitrary: fc.constantFrom(...shorts), weight: 2 },
            { arbitrary: around, weight: 4 },
          ),
          { maxLength: 16 },
        ),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('');
          const mentions: PersonMention[] = [];
          for (const name of names)
            for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
              mentions.push({ personId: name.split(' ')[0]!, start: at, end: at + name.length });
          mentions.sort((x, y) => x.start - y.start || x.end - y.end);
          const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          expect(withShortNames(text, mentions, from!, to!)).toEqual(
            byExpression(text, mentions, from!, to!),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
