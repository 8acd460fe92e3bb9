/**
 * `npm run add-source -- PAGE [--url U] [--outlet O] [--date D] [--lang L] [--id ID]
 * [--kind K] [--json] [--write] [--data DIR]`: proposes what a saved page adds to the dataset,
 * and with --write adds it (README, "The dataset").
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, loadDataset } from '../dataset/load.ts';
import { AddSourceError, applyProposal } from './apply.ts';
import { describeProposal } from './describe.ts';
import { compileProposer } from './propose.ts';
import { readPage } from './read-page.ts';
import type { Overrides } from './source-entry.ts';

const USAGE =
  'usage: npm run add-source -- PAGE(.txt|.html) [--url U] [--outlet O] [--date YYYY-MM-DD] ' +
  '[--lang L] [--id ID] [--kind report|transcript|copy|translation|opinion] [--json] [--write]';

export interface Output {
  log(text: string): void;
  error(text: string): void;
}

/** Runs the tool; returns the exit code. */
export async function main(args: readonly string[], out: Output = console): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        outlet: { type: 'string' },
        date: { type: 'string' },
        lang: { type: 'string' },
        id: { type: 'string' },
        kind: { type: 'string' },
        data: { type: 'string', default: 'data' },
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    out.error(USAGE);
    return 2;
  }
  const dir = resolve(values.data);
  try {
    const propose = compileProposer(loadDataset({ dir }));
    const { url, outlet, date, lang, id, kind } = values;
    const overrides = { url, outlet, date, lang, id, kind } as Overrides;
    const proposal = propose(readPage(positionals[0]!), overrides);
    out.log(values.json ? JSON.stringify(proposal, null, 2) : describeProposal(proposal));
    if (!values.write) {
      if (!values.json) out.log('\nReview it, then run again with --write to add it to data/.');
      return 0;
    }
    const files = await applyProposal(proposal, dir);
    out.log(`\nWritten and valid: ${files.length} file(s). Now run npm run check:data.`);
    return 0;
  } catch (error) {
    const known = error instanceof AddSourceError || error instanceof DatasetError;
    out.error(known ? error.message : String((error as Error).stack ?? error));
    return 1;
  }
}
