import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from '../../../scripts/build/preact-without-inner-html';

/** Every assignment to innerHTML in a script, with what is assigned (up to the next delimiter). */
const assignments = (code: string) =>
  [...code.matchAll(/\.innerHTML\s*=(?!=)\s*([^,;)}]*)/g)].map((m) => m[1]!.trim());

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

describe('withoutInnerHtml', () => {
  it.each(['preact.module.js', 'preact.mjs'])(
    "leaves only clearing (innerHTML = '') in Preact's %s",
    (file) => {
      const code = readFileSync(join('node_modules/preact/dist', file), 'utf8');
      expect(assignments(code)).toContain('h.__html');
      const rewritten = withoutInnerHtml(code);
      expect(assignments(rewritten)).toEqual(['""']);
      expect(rewritten).toContain('dangerouslySetInnerHTML is left out of this build');
      // Nothing else changed: the code either side of the assignment is as it was.
      const at = /\(\w+\.innerHTML=\w+\.__html\)/.exec(code)!;
      expect(rewritten.startsWith(code.slice(0, at.index))).toBe(true);
      expect(rewritten.endsWith(code.slice(at.index + at[0].length))).toBe(true);
    },
  );

  it('stops the build when Preact writes the assignment otherwise, or twice', () => {
    expect(() => withoutInnerHtml('e.innerHTML = html;')).toThrow(/found 0/);
    expect(() => withoutInnerHtml('(a.innerHTML=b.__html);(c.innerHTML=d.__html)')).toThrow(
      /found 2/,
    );
  });
});

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  it('sets innerHTML to nothing but the empty string, in any script', () => {
    const found = scripts(join('dist', target)).flatMap((file) =>
      assignments(readFileSync(file, 'utf8'))
        .filter((value) => value !== '""' && value !== "''" && value !== '``')
        .map((value) => `${file}: innerHTML = ${value}`),
    );
    expect(found).toEqual([]);
  });
});
