/**
 * Reads data/, validates every file and every cross-reference, and compiles the dataset
 * the extension loads. Every problem is reported with the file, the claim (or entry),
 * the field and what was expected; all problems are collected before failing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as v from 'valibot';
import type { Claim, Dataset, Person, Source } from '../../src/core/dataset';
import { ClaimSchema, PeopleFileSchema, SourcesFileSchema } from './schema.ts';

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

type Reporter = (problem: Omit<DatasetProblem, 'file'>) => void;

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

function parseList<T>(
  file: string,
  data: unknown,
  schema: v.GenericSchema<unknown, T[]>,
  report: Reporter,
): T[] {
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

export function loadDataset({ dir, relativeTo = process.cwd() }: LoadOptions): Dataset {
  const problems: DatasetProblem[] = [];
  const reporterFor =
    (path: string): Reporter =>
    (p) =>
      problems.push({ file: relative(relativeTo, path) || path, ...p });

  const peoplePath = join(dir, 'people.json');
  const sourcesPath = join(dir, 'sources.json');
  const people: Person[] = parseList(
    peoplePath,
    readJson(peoplePath, reporterFor(peoplePath)),
    PeopleFileSchema,
    reporterFor(peoplePath),
  );
  const sources: Source[] = parseList(
    sourcesPath,
    readJson(sourcesPath, reporterFor(sourcesPath)),
    SourcesFileSchema,
    reporterFor(sourcesPath),
  ).map((s) => ({
    id: s.id,
    outlet: s.outlet,
    url: s.url,
    title: s.title,
    published: s.published,
    language: s.language,
    kind: s.kind,
    copyOf: s.copyOf,
  }));
  reportDuplicates(
    people.map((p) => p.id),
    'person',
    reporterFor(peoplePath),
  );
  reportDuplicates(
    sources.map((s) => s.id),
    'source',
    reporterFor(sourcesPath),
  );

  const personIds = new Set(people.map((p) => p.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  sources.forEach((s, i) => {
    if (s.copyOf !== null && !sourceIds.has(s.copyOf)) {
      reporterFor(sourcesPath)({
        entry: s.id,
        field: `${i}.copyOf`,
        message: `unknown source id "${s.copyOf}" (expected an id from sources.json)`,
      });
    }
  });

  const claims: Claim[] = [];
  const claimFiles = new Map<string, string>();
  const claimsDir = join(dir, 'claims');
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
    checkClaimReferences(claim, personIds, sourceIds, (field, message) =>
      report({ entry: claim.id, field, message }),
    );
    claims.push(claim);
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return { people, sources, claims };
}

function checkClaimReferences(
  claim: v.InferOutput<typeof ClaimSchema>,
  personIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  report: (field: string, message: string) => void,
): void {
  const person = (field: string, id: string | null) => {
    if (id !== null && !personIds.has(id))
      report(field, `unknown person id "${id}" (expected an id from people.json)`);
  };
  person('speaker', claim.speaker);
  if (claim.kind === 'quote' && claim.speaker === null)
    report('speaker', 'expected the person who said it (kind is "quote")');
  const seen = new Set<string>();
  claim.appearances.forEach((appearance, i) => {
    if (!sourceIds.has(appearance.source)) {
      report(
        `appearances.${i}.source`,
        `unknown source id "${appearance.source}" (expected an id from sources.json)`,
      );
    }
    if (seen.has(appearance.source))
      report(`appearances.${i}.source`, `source "${appearance.source}" appears twice`);
    seen.add(appearance.source);
    person(`appearances.${i}.attributedTo`, appearance.attributedTo);
  });
}
