/**
 * `npm run import-renderings -- FILE --lang L --by WHO [--data DIR]`: sets each claim's
 * rendering in language L from FILE, a JSON object of claim id → rendering (issue 22), in the
 * claim files of DIR (default data/), laid out as the repository's JSON, then validates the
 * dataset. An id no claim has fails the run before anything is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyEdits, modify } from 'jsonc-parser';
import { format, resolveConfig } from 'prettier';
import { DatasetError, loadDataset } from './dataset/load';

interface Rendering {
  readonly lang: string;
  readonly text: string;
  readonly by: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    by: { type: 'string' },
    data: { type: 'string', default: 'data' },
  },
});
const [file] = positionals;
if (file === undefined || values.lang === undefined || values.by === undefined) {
  console.error('usage: npm run import-renderings -- FILE --lang L --by WHO [--data DIR]');
  process.exit(2);
}
const dir = resolve(values.data);
const renderings = JSON.parse(readFileSync(resolve(file), 'utf8')) as Record<string, unknown>;
const unknown = Object.keys(renderings).filter(
  (id) => !existsSync(join(dir, 'claims', `${id}.json`)),
);
if (unknown.length > 0) {
  console.error(`${file}: no claim has the id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  process.exit(1);
}

const config = await resolveConfig(fileURLToPath(import.meta.url));
for (const [id, text] of Object.entries(renderings)) {
  if (typeof text !== 'string' || text.trim() === '') {
    console.error(`${file}: the rendering of "${id}" is not a non-empty text`);
    process.exit(1);
  }
  const path = join(dir, 'claims', `${id}.json`);
  const before = readFileSync(path, 'utf8');
  const claim = JSON.parse(before) as { renderings?: Rendering[] };
  const rendering: Rendering = { lang: values.lang, text: text.trim(), by: values.by };
  // One per language, in the order of their tags.
  const list = [...(claim.renderings ?? []).filter((r) => r.lang !== values.lang), rendering].sort(
    (a, b) => a.lang.localeCompare(b.lang),
  );
  const edits = modify(before, ['renderings'], list, {
    formattingOptions: { insertSpaces: true, tabSize: 2 },
    // A new key goes before the appearances, which end the file.
    getInsertionIndex: (keys) => Math.max(0, keys.indexOf('appearances')),
  });
  writeFileSync(path, await format(applyEdits(before, edits), { ...config, filepath: path }));
}

try {
  const dataset = loadDataset({ dir });
  console.log(
    `${Object.keys(renderings).length} renderings in "${values.lang}" set; ${dataset.claims.length} claims valid.`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(1);
}
