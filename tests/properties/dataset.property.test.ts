/**
 * Any corruption of a valid claim file either still validates or fails with a DatasetError
 * naming the file, the claim and the field: never another kind of error, never silence.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../scripts/dataset/load';

const valid = {
  id: 'witkoff-bad-club',
  kind: 'quote',
  speaker: 'witkoff',
  statement: 'We were both members of a really bad club.',
  event: 'interview-60-minutes',
  appearances: [
    {
      source: 'guardian',
      text: 'members of a really bad club in Doha',
      attributedTo: 'witkoff',
      details: [{ type: 'place', about: 'where', text: 'Doha', place: 'doha' }],
    },
  ],
};

/** Replaces the value at `path` (a list of keys) in a deep copy of `value`. */
function replaceAt(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key!] = replaceAt(copy[key!], rest, replacement);
  return copy;
}

const paths: (string | number)[][] = [
  ['id'],
  ['kind'],
  ['speaker'],
  ['statement'],
  ['event'],
  ['appearances'],
  ['appearances', 0],
  ['appearances', 0, 'source'],
  ['appearances', 0, 'text'],
  ['appearances', 0, 'attributedTo'],
  ['appearances', 0, 'details'],
  ['appearances', 0, 'details', 0, 'type'],
  ['appearances', 0, 'details', 0, 'place'],
  ['appearances', 0, 'details', 0, 'text'],
  ['appearances', 0, 'details', 0, 'bound'],
];

describe('the dataset validator, on random broken entries', () => {
  it('fails only with a DatasetError that names the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-fuzz-'));
    mkdirSync(join(dir, 'claims'));
    writeFileSync(
      join(dir, 'people.json'),
      JSON.stringify([
        { id: 'witkoff', name: 'Steve Witkoff', role: 'envoy', aliases: ['Witkoff'] },
      ]),
    );
    writeFileSync(join(dir, 'places.json'), JSON.stringify([{ id: 'doha', name: 'Doha' }]));
    writeFileSync(
      join(dir, 'events.json'),
      JSON.stringify([
        {
          id: 'interview-60-minutes',
          title: '60 Minutes',
          date: '2025-10-19',
          place: null,
          kind: 'interview',
        },
      ]),
    );
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify([
        {
          id: 'guardian',
          outlet: 'The Guardian',
          url: 'https://www.theguardian.com/x',
          title: null,
          published: '2025-10-20',
          language: 'en',
          kind: 'report',
        },
      ]),
    );
    try {
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
          writeFileSync(
            join(dir, 'claims', 'witkoff-bad-club.json'),
            JSON.stringify(replaceAt(valid, path, replacement)),
          );
          try {
            loadDataset({ dir, relativeTo: dir });
          } catch (error) {
            expect(error).toBeInstanceOf(DatasetError);
            for (const problem of (error as DatasetError).problems) {
              expect(problem.file).toMatch(/\.json$/);
              expect(problem.field.length).toBeGreaterThan(0);
              expect(problem.message.length).toBeGreaterThan(0);
            }
            // The claim's own file is named when the claim is what broke.
            expect((error as DatasetError).message).toContain('claims/witkoff-bad-club.json');
          }
        }),
        { numRuns: 300 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
