/**
 * `--write`: adds a reviewed proposal to a data folder: the source to sources.json, each
 * appearance to its claim's file. Refuses a source whose URL or id is already there, a claim
 * that already has an appearance of it, or a proposal missing what a source needs; then
 * validates with the build's validator and, on an error, puts every file back as it was.
 * The files are edited in place (jsonc-parser), so nothing else in them changes, then laid
 * out as prettier lays out the repository's JSON.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits, modify } from 'jsonc-parser';
import { format, resolveConfig } from 'prettier';
import { DatasetError, loadDataset } from '../dataset/load.ts';
import type { Proposal } from './propose.ts';

/** A refusal or a validation error: its message says what to do. */
export class AddSourceError extends Error {
  override name = 'AddSourceError';
}

/** Appends `value` to the array at `path` of a JSON text, laid out as the repository's JSON. */
async function appended(
  text: string,
  path: (string | number)[],
  value: unknown,
  file: string,
): Promise<string> {
  const edits = modify(text, [...path, -1], value, {
    formattingOptions: { insertSpaces: true, tabSize: 2 },
  });
  const config = await resolveConfig(fileURLToPath(import.meta.url));
  return format(applyEdits(text, edits), { ...config, filepath: file });
}

function refusals(proposal: Proposal, dir: string): string[] {
  const { source } = proposal;
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as {
    id: string;
    url: string;
  }[];
  const problems = proposal.missing.map((what) => `the page does not say its ${what}`);
  const byUrl = sources.find((s) => s.url === source.url);
  if (byUrl !== undefined) problems.push(`sources.json already has ${source.url} as "${byUrl.id}"`);
  if (sources.some((s) => s.id === source.id))
    problems.push(`sources.json already has a source "${source.id}" (pass --id to choose another)`);
  for (const { claim } of proposal.appearances) {
    const file = join(dir, 'claims', `${claim}.json`);
    if (!existsSync(file)) {
      problems.push(`claims/${claim}.json does not exist`);
      continue;
    }
    const { appearances } = JSON.parse(readFileSync(file, 'utf8')) as {
      appearances: { source: string }[];
    };
    if (appearances.some((a) => a.source === source.id))
      problems.push(`claims/${claim}.json already has an appearance of "${source.id}"`);
  }
  return problems;
}

/** Writes the proposal into `dir` and validates it; returns the files written. */
export async function applyProposal(proposal: Proposal, dir: string): Promise<string[]> {
  const problems = refusals(proposal, dir);
  if (problems.length > 0)
    throw new AddSourceError(`Nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const edits: [string, (string | number)[], unknown][] = [
    [join(dir, 'sources.json'), [], proposal.source],
    ...proposal.appearances.map(({ claim, appearance }): [string, string[], unknown] => [
      join(dir, 'claims', `${claim}.json`),
      ['appearances'],
      appearance,
    ]),
  ];
  const originals = new Map(edits.map(([file]) => [file, readFileSync(file, 'utf8')]));
  const next = await Promise.all(
    edits.map(([file, path, value]) => appended(originals.get(file)!, path, value, file)),
  );
  try {
    edits.forEach(([file], i) => writeFileSync(file, next[i]!));
    loadDataset({ dir });
  } catch (error) {
    for (const [file, text] of originals) writeFileSync(file, text);
    const message = error instanceof DatasetError ? error.message : String(error);
    throw new AddSourceError(`The data did not validate; every file was put back.\n${message}`);
  }
  return edits.map(([file]) => file);
}
