/**
 * The built extension holds no way to send anything anywhere: no network API appears in any
 * bundle of either target. (The real-browser tests also watch the requests it makes.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NETWORK_APIS =
  /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection)\b/;

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return /\.(js|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dir = join('dist', target);

  it('has no network API in any script', () => {
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(`${dir} has no build: run \`npm run build\` first.`);
    const offending = scripts(dir).filter((file) => NETWORK_APIS.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  // scripting: the background runs annotation.js, in the package, on a page its content script
  // found someone named on (src/content/load-annotation.ts); no host beyond the content script's.
  it('asks for no permission beyond storage, scripting and its content script', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    // The background may run annotation.js only where the content script runs.
    const matches = (manifest.content_scripts as { matches: string[] }[]).flatMap((s) => s.matches);
    expect(manifest.host_permissions).toEqual(matches);
    expect(manifest.optional_permissions).toBeUndefined();
  });
});
