/**
 * Zips that depend on their files alone: entries in sorted order, one fixed timestamp, fixed
 * permissions and compression, no extra fields. The same files give the same bytes on any
 * machine, in any time zone, on any day, so two builds of one commit can be compared byte for
 * byte, and a store's copy can be checked against a rebuild.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { unzipSync, zipSync, type ZipOptions, type Zippable } from 'fflate';

export interface ZipEntry {
  /** The path inside the zip, with `/` between folders. */
  readonly path: string;
  readonly data: Uint8Array;
  readonly executable?: boolean;
}

/**
 * 1980-01-01 00:00, the first time a zip can hold. fflate writes the DOS time from a Date's
 * local fields, so the Date is made from local fields too: the same bytes in every time zone.
 */
export const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Made by Unix (3), so the permissions below are read on unpacking. */
const UNIX = 3;
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;

/** `a` before `b` by their UTF-16 code units, as a plain comparison: no locale. */
const byPath = (a: ZipEntry, b: ZipEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function deterministicZip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  let previous = '';
  for (const entry of [...entries].sort(byPath)) {
    checkPath(entry.path);
    if (entry.path === previous) throw new Error(`zip: ${entry.path} is listed twice`);
    previous = entry.path;
    const options: ZipOptions = {
      level: 9,
      mtime: ZIP_TIME,
      os: UNIX,
      attrs: (entry.executable === true ? EXECUTABLE_MODE : FILE_MODE) * 0x10000,
    };
    files[entry.path] = [entry.data, options];
  }
  return zipSync(files);
}

function checkPath(path: string): void {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').includes('..'))
    throw new Error(`zip: ${JSON.stringify(path)} is not a relative path with / between folders`);
  // fflate lists an object's keys, and JavaScript puts keys like "12" before all others.
  if (/^(?:0|[1-9]\d*)$/.test(path))
    throw new Error(`zip: ${path} would not keep its sorted place`);
}

/** The files a zip holds, by path (folders' own entries left out). */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(zip);
  return new Map(
    Object.entries(files)
      .filter(([path]) => !path.endsWith('/'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** Unpacks a zip into `dir`, refusing any entry that would land outside it. */
export function extractZip(zip: Uint8Array, dir: string): void {
  const root = resolve(dir);
  for (const [path, data] of readZip(zip)) {
    const target = resolve(root, path);
    if (!target.startsWith(root + sep)) throw new Error(`zip: ${path} points outside ${dir}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
