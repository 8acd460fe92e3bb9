/**
 * `npm run import-renderings -- FILE --lang L --by WHO [--form statement|report] [--data DIR]`:
 * sets each claim's rendering in language L (of that form; default `statement`) from FILE, a
 * JSON object of claim id → rendering (issue 22), in the claim files of DIR (default data/).
 * Files are laid out as the repository's JSON; the dataset is validated after. An id no claim
 * has fails the run before anything is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyEdits, modify } from 'jsonc-parser';
import { format, resolveConfig } from 'prettier';
import { DatasetError, loadDataset } from './dataset/load';
import { RENDERING_FORMS } from './dataset/schema';

interface Rendering {
  readonly lang: string;
  readonly form?: string;
  readonly text: string;
  readonly by: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    by: { type: 'string' },
    form: { type: 'string', default: 'statement' },
    data: { type: 'string', default: 'data' },
  },
});
const [file] = positionals;
const { lang, by, form } = values;
if (file === undefined || lang === undefined || by === undefined) {
  console.error(
    'usage: npm run import-renderings -- FILE --lang L --by WHO [--form statement|report] [--data DIR]',
  );
  process.exit(2);
}
if (!(RENDERING_FORMS as readonly string[]).includes(form)) {
  console.error(`--form: expected one of ${RENDERING_FORMS.join(', ')}, got "${form}"`);
  process.exit(2);
}
const dir = resolve(values.data);
const texts = JSON.parse(readFileSync(resolve(file), 'utf8')) as Record<string, unknown>;
for (const [id, text] of Object.entries(texts)) {
  if (typeof text !== 'string' || text.trim() === '') {
    console.error(`${file}: the text for "${id}" is not a non-empty text`);
    process.exit(1);
  }
}
const entries = Object.entries(texts as Record<string, string>).map(
  ([id, text]) => [id, text.trim()] as const,
);
const config = await resolveConfig(fileURLToPath(import.meta.url));
const layOut = async (path: string, text: string) =>
  writeFileSync(path, await format(text, { ...config, filepath: path }));
const formatting = { insertSpaces: true, tabSize: 2 };

/** `list` with `rendering` in place of any of the same language (and form), in the order of their tags. */
const formOf = (r: Rendering) => r.form ?? 'statement';
const withRendering = (list: readonly Rendering[], rendering: Rendering) =>
  [
    ...list.filter((r) => r.lang !== rendering.lang || formOf(r) !== formOf(rendering)),
    rendering,
  ].sort((a, b) => a.lang.localeCompare(b.lang) || (a.form ?? '').localeCompare(b.form ?? ''));

const unknown = entries
  .filter(([id]) => !existsSync(join(dir, 'claims', `${id}.json`)))
  .map(([id]) => id);
failOnUnknown(unknown);
for (const [id, text] of entries) {
  const path = join(dir, 'claims', `${id}.json`);
  const before = readFileSync(path, 'utf8');
  const claim = JSON.parse(before) as { renderings?: Rendering[] };
  // A statement rendering is written without its form, the default.
  const added: Rendering = form === 'statement' ? { lang, text, by } : { lang, form, text, by };
  const edits = modify(before, ['renderings'], withRendering(claim.renderings ?? [], added), {
    formattingOptions: formatting,
    // A new key goes before the appearances, which end the file.
    getInsertionIndex: (keys) => Math.max(0, keys.indexOf('appearances')),
  });
  await layOut(path, applyEdits(before, edits));
}

try {
  const dataset = loadDataset({ dir });
  console.log(
    `${entries.length} ${form} renderings in "${lang}" set; ${dataset.claims.length} claims valid.`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(1);
}

function failOnUnknown(unknown: readonly string[]) {
  if (unknown.length === 0) return;
  console.error(`${file}: no claim has the id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  process.exit(1);
}
