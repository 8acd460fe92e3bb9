/**
 * The validator against real files: a small valid dataset is written to a temporary
 * folder, one thing is broken, and the error must name the file, the entry, the field
 * and what was expected.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../../scripts/dataset/load';
import { realDataset } from '../../support/dataset';

const events = [
  {
    id: 'interview-60-minutes',
    title: '60 Minutes interview',
    date: '2025-10-19',
    place: null,
    kind: 'interview',
  },
];
const people = [{ id: 'witkoff', name: 'Steve Witkoff', role: 'US envoy', aliases: ['Witkoff'] }];
const sources = [
  {
    id: 'guardian',
    outlet: 'The Guardian',
    url: 'https://www.theguardian.com/x',
    title: 'T',
    published: '2025-10-20',
    language: 'en',
    kind: 'report',
  },
];
const places = [
  { id: 'egypt', name: 'Egypt' },
  { id: 'cairo', name: 'Cairo', within: 'egypt' },
];
const claim = {
  id: 'witkoff-bad-club',
  kind: 'quote',
  speaker: 'witkoff',
  statement: 'We were both members of a really bad club.',
  event: 'interview-60-minutes',
  appearances: [
    { source: 'guardian', text: 'members of a really bad club', attributedTo: 'witkoff' },
  ],
};

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

/** Writes a dataset folder; `claims` maps file names to contents (a string is written as is). */
function writeDataset(
  files: {
    events?: unknown;
    people?: unknown;
    places?: unknown;
    sources?: unknown;
    claims?: Record<string, unknown>;
  } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-data-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'claims'));
  const write = (path: string, value: unknown) =>
    writeFileSync(
      join(dir, path),
      typeof value === 'string' ? value : JSON.stringify(value, null, 2),
    );
  write('events.json', files.events ?? events);
  write('people.json', files.people ?? people);
  write('places.json', files.places ?? places);
  write('sources.json', files.sources ?? sources);
  for (const [name, value] of Object.entries(files.claims ?? { 'witkoff-bad-club.json': claim }))
    write(join('claims', name), value);
  return dir;
}

function problemsOf(dir: string): string {
  try {
    loadDataset({ dir, relativeTo: dir });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('the dataset was accepted');
}

describe('loadDataset', () => {
  it('accepts a valid dataset and compiles it', () => {
    const dataset = loadDataset({ dir: writeDataset() });
    expect(dataset.claims.map((c) => c.id)).toEqual(['witkoff-bad-club']);
    expect(dataset.sources[0]?.copyOf).toBeNull();
  });

  it('accepts the bundled dataset', () => {
    expect(realDataset().claims.length).toBeGreaterThan(10);
  });

  it('names an unknown source id', () => {
    const broken = { ...claim, appearances: [{ ...claim.appearances[0], source: 'reuters' }] };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }))).toContain(
      `claims/witkoff-bad-club.json: "witkoff-bad-club" appearances.0.source: unknown source id "reuters"`,
    );
  });

  it('names an unknown person id', () => {
    const broken = { ...claim, speaker: 'witkof' };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }))).toContain(
      `"witkoff-bad-club" speaker: unknown person id "witkof" (expected an id from people.json)`,
    );
  });

  it('names an unknown person, or the speaker, among whom a claim is about', () => {
    const broken = { ...claim, about: ['al-haya', 'witkoff'] };
    const problems = problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }));
    expect(problems).toContain(
      `"witkoff-bad-club" about.0: unknown person id "al-haya" (expected an id from people.json)`,
    );
    expect(problems).toContain(
      `"witkoff-bad-club" about.1: the speaker: list whom it is said of or to`,
    );
  });

  it('names an empty wording', () => {
    const broken = { ...claim, appearances: [{ ...claim.appearances[0], text: '   ' }] };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }))).toMatch(
      /claims\/witkoff-bad-club\.json: "witkoff-bad-club" appearances\.0\.text: expected a non-empty text/,
    );
  });

  it("names a statement that holds another claim's statement whole: one line, one claim", () => {
    const longer = {
      ...claim,
      id: 'witkoff-lost-a-son',
      statement: 'I told him I had lost a son, and we were both members of a really bad club.',
    };
    const message = problemsOf(
      writeDataset({
        claims: { 'witkoff-bad-club.json': claim, 'witkoff-lost-a-son.json': longer },
      }),
    );
    expect(message).toContain(
      `claims/witkoff-lost-a-son.json: "witkoff-lost-a-son" statement: holds claim "witkoff-bad-club"'s statement whole`,
    );
    expect(message).not.toContain('witkoff-bad-club.json: "witkoff-bad-club" statement');
  });

  it('names a rendering in English, a second one in a language, and one without its author', () => {
    const rendering = {
      lang: 'fr',
      text: 'Nous sommes membres d’un très mauvais club.',
      by: 'the team',
    };
    const broken = {
      ...claim,
      renderings: [
        { ...rendering, lang: 'en' },
        rendering,
        { ...rendering, text: 'Un club vraiment mauvais.' },
        { lang: 'de', text: 'Ein wirklich schlechter Klub.' },
      ],
    };
    const message = problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }));
    expect(message).toMatch(/"witkoff-bad-club" renderings\.3\.by/);
    const fixed = { ...broken, renderings: broken.renderings.slice(0, 3) };
    const second = problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': fixed } }));
    expect(second).toContain(
      '"witkoff-bad-club" renderings.0.lang: the statement is the English rendering',
    );
    expect(second).toContain(
      '"witkoff-bad-club" renderings.2.lang: a second statement rendering in "fr"',
    );
  });

  it('takes a report rendering beside the statement’s, in English too, but not two', () => {
    const statement = { lang: 'fr', text: 'Nous sommes membres d’un très mauvais club.', by: 'us' };
    const report = { lang: 'fr', form: 'report', text: 'un très mauvais club', by: 'us' };
    const english = { lang: 'en', form: 'report', text: 'a really bad club', by: 'us' };
    const renderings = [statement, report, english];
    const dataset = loadDataset({
      dir: writeDataset({ claims: { 'witkoff-bad-club.json': { ...claim, renderings } } }),
    });
    const stems = dataset.claims.find((c) => c.id === 'witkoff-bad-club')!.stems!;
    expect(stems.filter((s) => s.source === null).map((s) => [s.language, s.report])).toEqual([
      ['en', undefined],
      ['fr', undefined],
      ['fr', true],
      ['en', true],
    ]);
    const twice = { ...claim, renderings: [...renderings, { ...report, text: 'un club' }] };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': twice } }))).toContain(
      '"witkoff-bad-club" renderings.3.lang: a second report rendering in "fr"',
    );
  });

  it('reads a rendering into the stem index, and never into the claim the card shows', () => {
    const rendering = { lang: 'pt', text: 'Somos membros de um clube muito ruim.', by: 'the team' };
    const dataset = loadDataset({
      dir: writeDataset({
        claims: { 'witkoff-bad-club.json': { ...claim, renderings: [rendering] } },
      }),
    });
    expect(JSON.stringify(dataset.claims)).not.toContain('Somos membros');
    expect(dataset.index?.stems.languages).toContain('pt');
    expect(dataset.index?.stems.beginnings).toContain('club');
  });

  it('names an impossible date', () => {
    const broken = [{ ...events[0], date: '2025-02-30' }];
    expect(problemsOf(writeDataset({ events: broken }))).toContain(
      `events.json: "interview-60-minutes" 0.date: expected a date that exists in the calendar, got "2025-02-30"`,
    );
  });

  it("compiles the events, and each claim's event as its id", () => {
    const dataset = loadDataset({ dir: writeDataset() });
    expect(dataset.events).toEqual([{ ...events[0], dates: [] }]);
    expect(dataset.claims[0]?.event).toBe('interview-60-minutes');
  });

  it("names a claim's missing event, an unknown one, and one that is not an id", () => {
    const missing: Partial<typeof claim> = { ...claim };
    delete missing.event;
    const unknown = { ...claim, id: 'unknown-event', event: 'davos' };
    const object = { ...claim, id: 'old-event', event: { name: '60 Minutes', date: '2025-10-19' } };
    const message = problemsOf(
      writeDataset({
        claims: {
          'witkoff-bad-club.json': missing,
          'unknown-event.json': unknown,
          'old-event.json': object,
        },
      }),
    );
    expect(message).toMatch(
      /claims\/witkoff-bad-club\.json: "witkoff-bad-club" event: Invalid key/,
    );
    expect(message).toContain(
      `claims/unknown-event.json: "unknown-event" event: unknown event id "davos" (expected an id from events.json)`,
    );
    expect(message).toMatch(
      /claims\/old-event\.json: "old-event" event: Invalid type: Expected string/,
    );
  });

  it('names an event of an unknown kind, of an unknown place, and a duplicate event', () => {
    expect(problemsOf(writeDataset({ events: [{ ...events[0], kind: 'party' }] }))).toContain(
      `events.json: "interview-60-minutes" 0.kind: Invalid type: Expected ("interview"`,
    );
    const message = problemsOf(
      writeDataset({ events: [{ ...events[0], place: 'davos' }, events[0]] }),
    );
    expect(message).toContain(
      `events.json: "interview-60-minutes" 0.place: unknown place id "davos" (expected an id from places.json)`,
    );
    expect(message).toContain(`events.json: "interview-60-minutes" id: duplicate event id`);
  });

  it('takes a duration and bounded figures, and names a bound it does not know', () => {
    const details = [
      { type: 'duration', about: 'length', text: 'five hours', seconds: 18000, bound: 'about' },
      { type: 'count', about: 'points', text: 'five', value: 5, bound: 'roughly' },
    ];
    const text = 'members of a really bad club for five hours';
    const bounded = { ...claim, appearances: [{ ...claim.appearances[0], text, details }] };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': bounded } }))).toMatch(
      /"witkoff-bad-club" appearances\.0\.details\.1\.bound: Invalid type: Expected \("about"/,
    );
    const fine = {
      ...bounded,
      appearances: [{ ...bounded.appearances[0], details: [details[0]] }],
    };
    const [appearance] = loadDataset({
      dir: writeDataset({ claims: { 'witkoff-bad-club.json': fine } }),
    }).claims[0]!.appearances;
    expect(appearance?.details).toEqual([details[0]]);
  });

  it("keeps a statement's original language and a source's URL title, and drops editors' notes", () => {
    const noted = { ...claim, note: 'From the transcript.', statementTranslatedFrom: 'ru' };
    const dataset = loadDataset({
      dir: writeDataset({
        claims: { 'witkoff-bad-club.json': noted },
        sources: [{ ...sources[0], titleFromUrl: true }],
      }),
    });
    expect(dataset.claims[0]).not.toHaveProperty('note');
    expect(dataset.claims[0]?.statementTranslatedFrom).toBe('ru');
    expect(dataset.sources[0]?.titleFromUrl).toBe(true);
  });

  it('refuses the keywords issue 22 replaced by renderings, naming the field', () => {
    const old = { ...claim, keywords: { es: ['club', 'padre', 'enterr|sepult'] } };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': old } }))).toMatch(
      /claims\/witkoff-bad-club\.json: "witkoff-bad-club" keywords/,
    );
  });

  it('names duplicate ids across claim files', () => {
    const dir = writeDataset({ claims: { 'witkoff-bad-club.json': claim, 'copy.json': claim } });
    const message = problemsOf(dir);
    expect(message).toContain(
      `claims/copy.json: "witkoff-bad-club" id: must equal the file name "copy"`,
    );
    expect(message).toContain(`duplicate claim id (also in copy.json)`);
  });

  it('names a duplicate source id', () => {
    expect(problemsOf(writeDataset({ sources: [...sources, sources[0]] }))).toContain(
      `sources.json: "guardian" id: duplicate source id`,
    );
  });

  it('names a source link that is not http or https (issue 19: a link the card shows)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/x'])
      expect(problemsOf(writeDataset({ sources: [{ ...sources[0], url }] }))).toContain(
        `sources.json: "guardian" 0.url: expected an http or https URL, got "${url}"`,
      );
  });

  it("names a namesake that holds none of the person's aliases, and takes one that does", () => {
    const named = (namesakes: string[]) => [{ ...people[0], namesakes }];
    expect(problemsOf(writeDataset({ people: named(['Zach Witkoff', 'Zach Smith']) }))).toContain(
      `people.json: "witkoff" 0.namesakes.1: "Zach Smith" holds none of witkoff's aliases`,
    );
    const dataset = loadDataset({ dir: writeDataset({ people: named(['Zach Witkoff*']) }) });
    expect(dataset.people[0]?.namesakes).toEqual(['Zach Witkoff*']);
  });

  it('names a file that is not JSON', () => {
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': '{ "id": ' } }))).toMatch(
      /claims\/witkoff-bad-club\.json: \(file\): is not valid JSON/,
    );
  });

  it('names a field of the wrong type and an unknown field', () => {
    const message = problemsOf(
      writeDataset({ people: [{ ...people[0], aliases: 'Witkoff', nickname: 'Steve' }] }),
    );
    expect(message).toMatch(
      /people\.json: "witkoff" 0\.aliases: Invalid type: Expected Array but received "Witkoff"/,
    );
    expect(message).toMatch(/people\.json: "witkoff" 0\.nickname: /);
  });

  it('names an unknown place in a detail', () => {
    const detail = { type: 'place', about: 'meeting', text: 'Doha', place: 'doha' };
    const broken = {
      ...claim,
      appearances: [
        {
          ...claim.appearances[0],
          text: 'members of a really bad club in Doha',
          details: [detail],
        },
      ],
    };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }))).toContain(
      `"witkoff-bad-club" appearances.0.details.0.place: unknown place id "doha" (expected an id from places.json)`,
    );
  });

  it('names a detail the page does not print', () => {
    const detail = { type: 'age', about: 'age of his son', text: '23', years: 23 };
    const broken = { ...claim, appearances: [{ ...claim.appearances[0], details: [detail] }] };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }))).toContain(
      `"witkoff-bad-club" appearances.0.details.0.text: expected text found in the appearance's text or context, got "23"`,
    );
  });

  it('names a malformed detail: currency, relative date, both kinds of date', () => {
    const details = [
      { type: 'amount', about: 'cost', text: 'club', value: 50e9, currency: 'dollars' },
      { type: 'date', about: 'when', text: 'club', relative: 'last month' },
      { type: 'date', about: 'when', text: 'club', date: '2025-09', relative: '-1 month' },
    ];
    const broken = { ...claim, appearances: [{ ...claim.appearances[0], details }] };
    const message = problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }));
    expect(message).toContain(
      `appearances.0.details.0.currency: expected an ISO 4217 currency code like "USD", got "dollars"`,
    );
    expect(message).toContain(
      `appearances.0.details.1.relative: expected a relative date like "-1 month" or "-3 days", got "last month"`,
    );
    expect(message).toMatch(
      /appearances\.0\.details\.2: expected either "date" or "relative" \(one of them\)/,
    );
  });

  it('names places that lie within each other in a circle', () => {
    const circle = [
      { id: 'egypt', name: 'Egypt', within: 'cairo' },
      { id: 'cairo', name: 'Cairo', within: 'egypt' },
    ];
    expect(problemsOf(writeDataset({ places: circle }))).toContain(
      `places.json: "egypt" 0.within: places must not lie within each other in a circle`,
    );
  });

  it('names a quote with no quoted text', () => {
    const detail = { type: 'age', about: 'age', text: '22', years: 22 };
    const broken = {
      ...claim,
      appearances: [
        {
          source: 'guardian',
          text: null,
          attributedTo: 'witkoff',
          details: [detail],
          context: 'aged 22',
        },
      ],
    };
    expect(problemsOf(writeDataset({ claims: { 'witkoff-bad-club.json': broken } }))).toContain(
      `"witkoff-bad-club" appearances: expected at least one appearance with the quoted text (kind is "quote")`,
    );
  });

  it('reports every problem at once', () => {
    const broken = {
      ...claim,
      speaker: 'nobody',
      appearances: [{ ...claim.appearances[0], source: 'nowhere' }],
    };
    const error = (() => {
      try {
        loadDataset({ dir: writeDataset({ claims: { 'witkoff-bad-club.json': broken } }) });
      } catch (e) {
        return e as DatasetError;
      }
      return null;
    })();
    expect(error?.problems.map((p) => p.field)).toEqual(['speaker', 'appearances.0.source']);
  });
});
