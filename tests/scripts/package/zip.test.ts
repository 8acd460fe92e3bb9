import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deterministicZip, extractZip, readZip, type ZipEntry } from '../../../scripts/package/zip';

const text = (s: string) => new TextEncoder().encode(s);
const FILES: ZipEntry[] = [
  { path: 'manifest.json', data: text('{"manifest_version":3}') },
  { path: 'assets/a.js', data: text('console.log(1);'.repeat(100)) },
  { path: 'Z-upper.txt', data: text('Z') },
  { path: 'bin/run', data: text('#!/bin/sh\n'), executable: true },
];

/** The zip's central directory, entry by entry: name, DOS time and date, external attributes. */
function centralDirectory(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      mode: view.getUint32(at + 38, true) >>> 16,
      extra: extraLength + commentLength,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('deterministicZip', () => {
  it('gives the same bytes for the same files, in whatever order they come', () => {
    const once = deterministicZip(FILES);
    const again = deterministicZip([...FILES].reverse());
    expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true);
  });

  it('sorts its entries, dates them 1980-01-01 00:00 and keeps no extra fields', () => {
    const entries = centralDirectory(deterministicZip(FILES));
    expect(entries.map((e) => e.name)).toEqual([
      'Z-upper.txt',
      'assets/a.js',
      'bin/run',
      'manifest.json',
    ]);
    // DOS date: (1980 - 1980) << 9 | 1 << 5 | 1; time 00:00:00.
    for (const entry of entries) expect([entry.date, entry.time, entry.extra]).toEqual([33, 0, 0]);
    expect(entries.map((e) => e.mode.toString(8))).toEqual([
      '100644',
      '100644',
      '100755',
      '100644',
    ]);
  });

  it('holds the files as given', () => {
    const files = unzipSync(deterministicZip(FILES));
    for (const file of FILES)
      expect(Buffer.from(files[file.path]!)).toEqual(Buffer.from(file.data));
    expect(Object.keys(files)).toHaveLength(FILES.length);
  });

  it('refuses paths that are not plain relative paths, twice-listed files and numeric names', () => {
    const data = text('x');
    expect(() => deterministicZip([{ path: '../x', data }])).toThrow(/relative path/);
    expect(() => deterministicZip([{ path: '/x', data }])).toThrow(/relative path/);
    expect(() => deterministicZip([{ path: 'a\\b', data }])).toThrow(/relative path/);
    expect(() =>
      deterministicZip([
        { path: 'a', data },
        { path: 'a', data },
      ]),
    ).toThrow(/twice/);
    expect(() => deterministicZip([{ path: '12', data }])).toThrow(/sorted place/);
  });
});

describe('extractZip', () => {
  it('unpacks every file under the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-zip-'));
    extractZip(deterministicZip(FILES), dir);
    for (const file of FILES)
      expect(readFileSync(join(dir, file.path), 'utf8')).toBe(new TextDecoder().decode(file.data));
    expect([...readZip(deterministicZip(FILES)).keys()]).toEqual(FILES.map((f) => f.path).sort());
  });
});
