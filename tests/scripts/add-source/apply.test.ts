/** `--write` on a copy of data/: appended, valid, refused when it would duplicate, restored on an error. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyProposal } from '../../../scripts/add-source/apply';
import { main } from '../../../scripts/add-source/cli';
import { compileProposer } from '../../../scripts/add-source/propose';
import { readPage } from '../../../scripts/add-source/read-page';
import { loadDataset } from '../../../scripts/dataset/load';
import { realDataset } from '../../support/dataset';

const propose = compileProposer(realDataset());
const txt = resolve('tests/fixtures/add-source/meridian-envoys-interview.txt');
const html = resolve('tests/fixtures/add-source/northstar-kremlin-talks.html');

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'add-source-')), 'data');
  cpSync(resolve('data'), dir, { recursive: true });
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

/** Every file of the data folder, by name: to see that nothing changed. */
function snapshot(): Map<string, string> {
  const files = ['sources.json', ...readdirSync(join(dir, 'claims')).map((n) => `claims/${n}`)];
  return new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
const json = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

describe('add-source --write', () => {
  it('appends the source and each appearance, laid out as prettier lays them out, and validates', async () => {
    const proposal = propose(readPage(txt), { lang: 'en' });
    const written = await applyProposal(proposal, dir);
    expect(written.map((f) => f.slice(dir.length + 1))).toEqual([
      'sources.json',
      'claims/witkoff-bad-club.json',
      'claims/two-human-beings-vulnerability.json',
      'claims/gaza-rebuild-50bn.json',
    ]);
    expect(json<unknown[]>('sources.json').at(-1)).toEqual(proposal.source);
    for (const { claim, appearance } of proposal.appearances)
      expect(json<{ appearances: unknown[] }>(`claims/${claim}.json`).appearances.at(-1)).toEqual(
        appearance,
      );
    const config = await resolveConfig(resolve('package.json'));
    for (const file of written)
      expect(await check(readFileSync(file, 'utf8'), { ...config, filepath: file })).toBe(true);
    const dataset = loadDataset({ dir });
    expect(dataset.sources.map((s) => s.id)).toContain(proposal.source.id);
    const club = dataset.claims.find((c) => c.id === 'witkoff-bad-club')!;
    expect(club.differences.attribution.bySource.at(-1)).toEqual({
      source: proposal.source.id,
      person: 'witkoff',
    });
  });

  it('refuses a page already added (its URL) and changes nothing', async () => {
    await applyProposal(propose(readPage(html)), dir);
    const before = snapshot();
    await expect(
      applyProposal(propose(readPage(html), { id: 'northstar-again' }), dir),
    ).rejects.toThrow(
      'sources.json already has https://northstarnews.com/europe/2025/12/03/putin-witkoff-kushner-kremlin-talks as "northstarnews-putin-receives-witkoff-kushner"',
    );
    expect(snapshot()).toEqual(before);
  });

  it("refuses an existing source's id, and a second appearance of a source in a claim", async () => {
    const before = snapshot();
    const proposal = propose(readPage(txt), { lang: 'en', id: 'newsbeep-witkoff-hayya-sons' });
    const refusal = applyProposal(proposal, dir);
    await expect(refusal).rejects.toThrow(
      'sources.json already has a source "newsbeep-witkoff-hayya-sons" (pass --id to choose another)',
    );
    await expect(refusal).rejects.toThrow(
      'claims/witkoff-bad-club.json already has an appearance of "newsbeep-witkoff-hayya-sons"',
    );
    expect(snapshot()).toEqual(before);
  });

  it('refuses a proposal missing what a source needs', async () => {
    await expect(applyProposal(propose(readPage(txt)), dir)).rejects.toThrow(
      'the page does not say its language (pass --lang)',
    );
  });

  it("puts every file back and prints the validator's error when the data does not validate", async () => {
    const before = snapshot();
    const proposal = propose(readPage(txt), { lang: 'English' });
    const failure = applyProposal(proposal, dir);
    await expect(failure).rejects.toThrow('every file was put back');
    await expect(failure).rejects.toThrow(
      /sources\.json: "meridianherald-trumps-envoys-describe-night" \d+\.language: .*language tag/,
    );
    expect(snapshot()).toEqual(before);
  });
});

describe('npm run add-source', () => {
  it('prints the proposal as JSON, and with --write adds it', async () => {
    const out: string[] = [];
    const io = { log: (t: string) => out.push(t), error: (t: string) => out.push(t) };
    expect(await main([txt, '--lang', 'en', '--json', '--data', dir], io)).toBe(0);
    const printed = JSON.parse(out[0]!) as { appearances: { claim: string }[] };
    expect(printed.appearances.map((a) => a.claim)).toEqual([
      'witkoff-bad-club',
      'two-human-beings-vulnerability',
      'gaza-rebuild-50bn',
    ]);
    out.length = 0;
    expect(await main([html, '--write', '--data', dir], io)).toBe(0);
    expect(out.join('\n')).toContain('Candidates for new claims (1)');
    // sources.json and the three claims found.
    expect(out.at(-1)).toContain('Written and valid: 4 file(s)');
    out.length = 0;
    expect(await main([html, '--write', '--data', dir], io)).toBe(1);
    expect(out.at(-1)).toContain('Nothing was written');
  });
});
