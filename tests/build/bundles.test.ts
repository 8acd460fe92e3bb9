/**
 * What each context loads (issue 23): the content script every page parses does not grow with
 * the timeline and the record (they load only when asked for: the record is a page of its own,
 * the timeline paid for by savings in the same script); the popup opens without the dataset,
 * which it loads for a page's claims or the browse list only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_FILE } from '../../src/shared/annotation-file';

/**
 * content.js's ceiling once what a named page needs left it for annotation.js (session 20: from
 * 155,081 bytes to 49,628, then 49,800 with page-text.ts in four modules; session 21: 54,373
 * with the people's names in Greek, Korean, Hindi and traditional Chinese, and their first
 * looks, the gate's data; session 23: 62,354 with the watched people as the presses of twenty
 * more languages print them, docs/names-as-presses-print-them.md; session 24: 63,864 with
 * al-Hayya as Georgian, Bengali, Kazakh, Latvian and Armenian print him short, and Putin, Trump and
 * Ushakov as Georgian, Armenian and Bengali do and Putin in Hebrew, in the look for everyone a
 * named page is read with: a claim said of Putin is found only with him named, claim-people.ts):
 * it may shrink, and grow only by the few hundred bytes left here.
 * Before, it was 155,668, content.js's size before issue 23's timeline (session 13). Session 25:
 * 52,615, the look for everyone (17 kB, every unwatched person's spellings) asked of the
 * background by a page that may name someone (content/reading-look.ts), after the watched people
 * as eight more languages print them had taken it to 66,201; then 53,140 with al-Hayya's surname
 * alone as Slovak, Slovenian, Serbian, Urdu, German, Hungarian and Bulgarian print it (each
 * watched spelling is the gate's data: about 50 bytes).
 */
const CONTENT_SCRIPT_CEILING = 54_000;

/** The chunks a script imports before it runs (static imports), transitively, by file path. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, path] of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g))
    staticGraph(resolve(dirname(entry), path!), seen);
  return seen;
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dir = join('dist', target);
  const built = () => {
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(`${dir} has no build: run \`npm run build\` first.`);
  };

  it(`keeps content.js within ${CONTENT_SCRIPT_CEILING} bytes`, () => {
    built();
    expect(statSync(join(dir, 'content.js')).size).toBeLessThanOrEqual(CONTENT_SCRIPT_CEILING);
  });

  it('keeps the annotation in a script of its own, which no manifest key lists', () => {
    built();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[] }[];
      web_accessible_resources?: unknown;
    };
    expect(manifest.content_scripts.flatMap((script) => script.js)).toEqual(['content.js']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // The first thing the annotation asks of the background: in annotation.js only.
    expect(readFileSync(join(dir, ANNOTATION_FILE), 'utf8')).toContain('get-analyzer-base');
    const content = readFileSync(join(dir, 'content.js'), 'utf8');
    expect(content).not.toContain('get-analyzer-base');
    // Nor the look for everyone: asked for (reading-look.ts), so no unwatched person's spelling
    // is in what every page parses (Ushakov's Russian, Trump's Georgian).
    expect(content).toContain('get-reading-look');
    expect(content).not.toMatch(/Ушаков|ტრამპ/);
  });

  it('opens the popup without the dataset, and loads it when asked', () => {
    built();
    const html = readFileSync(join(dir, 'src/popup/index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const graph = [...staticGraph(resolve(dir, entry!))];
    expect(graph.filter((file) => /\/dataset-[^/]*\.js$/.test(file))).toEqual([]);
    const popup = readFileSync(resolve(dir, entry!), 'utf8');
    expect(popup).toMatch(/import\(\s*[`"']\.\/dataset-[^`"']+\.js[`"']\s*\)/);
    expect(popup).toMatch(/import\(\s*[`"']\.\/browse-data-[^`"']+\.js[`"']\s*\)/);
  });
});
