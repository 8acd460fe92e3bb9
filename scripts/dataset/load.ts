/**
 * Reads data/, validates every file and every cross-reference, and compiles the dataset
 * the extension loads. Every problem is reported with the file, the claim (or entry),
 * the field and what was expected; all problems are collected before failing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as v from 'valibot';
import type { Claim, ClaimEvent, Detail, Place, Source } from '../../src/core/dataset';
import { foldText } from '../../src/core/normalize.ts';
import { tokenize } from '../../src/core/words.ts';
import { deriveDifferences, latestEventBySource } from './derive.ts';
import { checkNamesakes } from './namesakes.ts';
import { namesOf, stemProfilesOf } from './stem-profiles.ts';
import { buildAnalyzerIndex, type IndexedDataset } from '../../src/core/analyzer-index.ts';
import {
  ClaimSchema,
  DetailSchema,
  EventsFileSchema,
  PeopleFileSchema,
  PlacesFileSchema,
  SourcesFileSchema,
} from './schema.ts';

export interface DatasetProblem {
  readonly file: string;
  /** The claim, person or source id concerned, where one is known. */
  readonly entry: string | null;
  readonly field: string;
  readonly message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: readonly DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'DatasetError';
  }
}

export function formatProblem(p: DatasetProblem): string {
  const entry = p.entry === null ? '' : ` ${JSON.stringify(p.entry)}`;
  return `  ${p.file}:${entry} ${p.field}: ${p.message}`;
}

export type Reporter = (problem: Omit<DatasetProblem, 'file'>) => void;

function readJson(path: string, report: Reporter): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    report({
      entry: null,
      field: '(file)',
      message: `cannot be read: ${(error as Error).message}`,
    });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    report({
      entry: null,
      field: '(file)',
      message: `is not valid JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
}

/** The value a human wrote, short enough for one line of an error. */
function describeInput(input: unknown): string {
  if (typeof input === 'string')
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  if (Array.isArray(input))
    return input.length === 0 ? 'an empty list' : `a list of ${input.length}`;
  if (input === null || typeof input !== 'object') return String(input);
  return 'an object';
}

/** Valibot's own messages already say what was expected; ours name only the expectation. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith('Invalid')) return issue.message;
  return `expected ${issue.message}, got ${describeInput(issue.input)}`;
}

/** Reports schema issues; `entryOf` names the entry an issue path points into. */
function reportIssues(
  issues: readonly v.BaseIssue<unknown>[],
  report: Reporter,
  entryOf: (path: string) => string | null,
): void {
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '(root)';
    report({ entry: entryOf(path), field: path, message: issueMessage(issue) });
  }
}

function parseList<T>(data: unknown, schema: v.GenericSchema<unknown, T[]>, report: Reporter): T[] {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  reportIssues(result.issues, report, (path) => {
    const index = Number(path.split('.')[0]);
    const entry = Array.isArray(data) ? (data[index] as { id?: unknown } | undefined) : undefined;
    return typeof entry?.id === 'string' ? entry.id : null;
  });
  return [];
}

function reportDuplicates(ids: readonly string[], what: string, report: Reporter): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report({ entry: id, field: 'id', message: `duplicate ${what} id` });
    seen.add(id);
  }
}

export interface LoadOptions {
  /** The data folder; `data/` of this repository by default. */
  readonly dir: string;
  /** How file names appear in messages (relative to this folder). */
  readonly relativeTo?: string;
}

type ClaimInput = v.InferOutput<typeof ClaimSchema>;
type DetailInput = v.InferOutput<typeof DetailSchema>;

export function loadDataset({ dir, relativeTo = process.cwd() }: LoadOptions): IndexedDataset {
  const problems: DatasetProblem[] = [];
  const reporterFor =
    (path: string): Reporter =>
    (p) =>
      problems.push({ file: relative(relativeTo, path) || path, ...p });
  const readList = <T>(
    name: string,
    schema: v.GenericSchema<unknown, T[]>,
  ): { items: T[]; report: Reporter } => {
    const path = join(dir, name);
    const report = reporterFor(path);
    return { items: parseList(readJson(path, report), schema, report), report };
  };

  const events = readList('events.json', EventsFileSchema);
  const people = readList('people.json', PeopleFileSchema);
  const places = readList('places.json', PlacesFileSchema);
  const sources = readList('sources.json', SourcesFileSchema);
  for (const [list, what] of [
    [events, 'event'],
    [people, 'person'],
    [places, 'place'],
    [sources, 'source'],
  ] as const) {
    reportDuplicates(
      list.items.map((item) => item.id),
      what,
      list.report,
    );
  }

  const ids = {
    events: new Set(events.items.map((e) => e.id)),
    people: new Set(people.items.map((p) => p.id)),
    places: new Set(places.items.map((p) => p.id)),
    sources: new Set(sources.items.map((s) => s.id)),
  };
  sources.items.forEach((s, i) => {
    if (s.copyOf !== null && !ids.sources.has(s.copyOf)) {
      sources.report({
        entry: s.id,
        field: `${i}.copyOf`,
        message: `unknown source id "${s.copyOf}" (expected an id from sources.json)`,
      });
    }
  });
  checkPlaces(places.items, places.report);
  checkNamesakes(people.items, people.report);
  events.items.forEach((e, i) => {
    if (e.place !== null && !ids.places.has(e.place)) {
      events.report({
        entry: e.id,
        field: `${i}.place`,
        message: `unknown place id "${e.place}" (expected an id from places.json)`,
      });
    }
  });

  const claimInputs = readClaims(join(dir, 'claims'), reporterFor, ids);
  if (problems.length > 0) throw new DatasetError(problems);

  const sourceList: Source[] = sources.items.map(({ note: _note, ...source }) => source);
  const sourceMap = new Map(sourceList.map((s) => [s.id, s]));
  const placeMap = new Map(places.items.map((p) => [p.id, p]));
  const eventList: ClaimEvent[] = events.items;
  const languageOf = (id: string) => sourceMap.get(id)?.language;
  const isName = namesOf(people.items);
  const compiled = claimInputs.map((claim) => compileClaim(claim, languageOf, isName));
  const context = {
    sources: sourceMap,
    places: placeMap,
    latestEvent: latestEventBySource(compiled, new Map(eventList.map((e) => [e.id, e]))),
  };
  const claims: Claim[] = compiled.map((claim) => ({
    ...claim,
    differences: deriveDifferences(claim, context),
  }));
  return {
    events: eventList,
    people: people.items,
    places: places.items,
    sources: sourceList,
    claims,
    index: buildAnalyzerIndex({ claims, events: eventList, people: people.items }),
  };
}

function checkPlaces(places: readonly Place[], report: Reporter): void {
  const byId = new Map(places.map((p) => [p.id, p]));
  places.forEach((place, i) => {
    if (place.within === null) return;
    if (!byId.has(place.within)) {
      report({
        entry: place.id,
        field: `${i}.within`,
        message: `unknown place id "${place.within}" (expected an id from places.json)`,
      });
      return;
    }
    const seen = new Set<string>([place.id]);
    for (
      let up = byId.get(place.within);
      up !== undefined;
      up = up.within === null ? undefined : byId.get(up.within)
    ) {
      if (seen.has(up.id)) {
        report({
          entry: place.id,
          field: `${i}.within`,
          message: 'places must not lie within each other in a circle',
        });
        return;
      }
      seen.add(up.id);
    }
  });
}

interface KnownIds {
  readonly events: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

function readClaims(
  claimsDir: string,
  reporterFor: (path: string) => Reporter,
  ids: KnownIds,
): ClaimInput[] {
  const claims: ClaimInput[] = [];
  const claimFiles = new Map<string, string>();
  for (const name of readdirSync(claimsDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const path = join(claimsDir, name);
    const report = reporterFor(path);
    const data = readJson(path, report);
    if (data === undefined) continue;
    const claimId =
      typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : null;
    const result = v.safeParse(ClaimSchema, data);
    if (!result.success) {
      reportIssues(result.issues, report, () => claimId);
      continue;
    }
    const claim = result.output;
    const fileId = basename(name, '.json');
    if (claim.id !== fileId)
      report({ entry: claim.id, field: 'id', message: `must equal the file name "${fileId}"` });
    const earlier = claimFiles.get(claim.id);
    if (earlier !== undefined)
      report({ entry: claim.id, field: 'id', message: `duplicate claim id (also in ${earlier})` });
    claimFiles.set(claim.id, name);
    checkClaim(claim, ids, (field, message) => report({ entry: claim.id, field, message }));
    claims.push(claim);
  }
  checkStatementsApart(claims, (claim, field, message) =>
    reporterFor(join(claimsDir, `${claim.id}.json`))({ entry: claim.id, field, message }),
  );
  return claims;
}

/** A statement this many words long or longer is a line of its own, not a phrase others share. */
const LINE_WORDS = 5;

/**
 * One line is one claim: a statement that holds another claim's statement whole makes its
 * renderings and stems take that claim's words on every page that prints them (the stem
 * matcher finds the longer of two claims in the same words).
 */
function checkStatementsApart(
  claims: readonly ClaimInput[],
  report: (claim: ClaimInput, field: string, message: string) => void,
): void {
  const words = (text: string) => ` ${tokenize(foldText(text)).texts.join(' ')} `;
  const statements = claims.map((c) => words(c.statement));
  claims.forEach((claim, a) =>
    claims.forEach((other, b) => {
      const line = statements[b]!;
      if (a === b || line.trim().split(' ').length < LINE_WORDS) return;
      if (statements[a]!.includes(line) && statements[a] !== line)
        report(
          claim,
          'statement',
          `holds claim "${other.id}"'s statement whole: cut it to this claim's own words`,
        );
    }),
  );
}

function checkClaim(
  claim: ClaimInput,
  ids: KnownIds,
  report: (field: string, message: string) => void,
): void {
  const person = (field: string, id: string | null) => {
    if (id !== null && !ids.people.has(id))
      report(field, `unknown person id "${id}" (expected an id from people.json)`);
  };
  person('speaker', claim.speaker);
  claim.about?.forEach((id, i) => {
    person(`about.${i}`, id);
    if (id === claim.speaker) report(`about.${i}`, 'the speaker: list whom it is said of or to');
  });
  if (!ids.events.has(claim.event))
    report('event', `unknown event id "${claim.event}" (expected an id from events.json)`);
  if (claim.kind === 'quote' && claim.speaker === null)
    report('speaker', 'expected the person who said it (kind is "quote")');
  if (claim.kind === 'quote' && claim.appearances.every((a) => a.text === null)) {
    report(
      'appearances',
      'expected at least one appearance with the quoted text (kind is "quote")',
    );
  }
  const rendered = new Set<string>();
  claim.renderings.forEach((rendering, i) => {
    const key = `${rendering.lang} ${rendering.form}`;
    if (rendering.lang === 'en' && rendering.form === 'statement')
      report(`renderings.${i}.lang`, 'the statement is the English rendering');
    else if (rendered.has(key))
      report(`renderings.${i}.lang`, `a second ${rendering.form} rendering in "${rendering.lang}"`);
    rendered.add(key);
  });
  const seen = new Set<string>();
  claim.appearances.forEach((appearance, i) => {
    const at = `appearances.${i}`;
    if (!ids.sources.has(appearance.source))
      report(
        `${at}.source`,
        `unknown source id "${appearance.source}" (expected an id from sources.json)`,
      );
    if (seen.has(appearance.source))
      report(`${at}.source`, `source "${appearance.source}" appears twice`);
    seen.add(appearance.source);
    person(`${at}.attributedTo`, appearance.attributedTo);
    // A source that says it in its own words (a paraphrase, a headline's fragment) is recorded
    // by the sentence it prints: listed as a source, never looked for on pages.
    if (
      appearance.text === null &&
      appearance.details.length === 0 &&
      appearance.context === undefined
    )
      report(
        `${at}.text`,
        'expected the quoted text, details the source states, or the sentence where it says it in its own words (context)',
      );
    if (
      appearance.text === null &&
      appearance.details.length > 0 &&
      appearance.context === undefined
    ) {
      report(
        `${at}.context`,
        'expected the sentence that states the details (there is no quoted text)',
      );
    }
    appearance.details.forEach((detail, j) => {
      if (detail.type === 'place' && !ids.places.has(detail.place)) {
        report(
          `${at}.details.${j}.place`,
          `unknown place id "${detail.place}" (expected an id from places.json)`,
        );
      }
      // A detail must be what the page prints: its text lies within the quoted span or its context.
      const printed = foldText(`${appearance.text ?? ''} ${appearance.context ?? ''}`);
      if (!printed.includes(foldText(detail.text))) {
        report(
          `${at}.details.${j}.text`,
          `expected text found in the appearance's text or context, got ${JSON.stringify(detail.text)}`,
        );
      }
    });
  });
}

function compileDetail(detail: DetailInput): Detail {
  const { about, text } = detail;
  if (detail.type !== 'date') return detail;
  if (detail.date !== undefined)
    return { type: 'date', about, text, date: { kind: 'absolute', iso: detail.date } };
  const [offset, unit] = (detail.relative ?? '').split(' ') as [string, string];
  return {
    type: 'date',
    about,
    text,
    date: {
      kind: 'relative',
      offset: Number(offset),
      unit: unit.replace(/s$/, '') as 'day' | 'week' | 'month' | 'year',
    },
  };
}

function compileClaim(
  { note: _note, renderings, ...claim }: ClaimInput,
  languageOf: (source: string) => string | undefined,
  isName: (word: string) => boolean,
): Omit<Claim, 'differences'> {
  return {
    ...claim,
    // The renderings' texts serve matching only, as the stems the content script reads.
    stems: stemProfilesOf({ ...claim, renderings }, languageOf, isName),
    // The context sentence serves validation only; the extension does not need it.
    appearances: claim.appearances.map(({ context: _context, ...a }) => ({
      ...a,
      details: a.details.map(compileDetail),
    })),
  };
}
