/**
 * Leaves the one `innerHTML` assignment of a dynamic value out of Preact's renderer.
 *
 * Preact sets `innerHTML` only for the `dangerouslySetInnerHTML` prop, which Sourcelight never
 * uses (eslint forbids it in src/, and page and dataset text is never parsed as HTML). The
 * assignment stays in the bundle all the same, and Mozilla's linter rightly cannot tell that
 * it is never reached (UNSAFE_VAR_ASSIGNMENT, once in the content script and once in the
 * extension pages' Preact chunk). So the build replaces it with a throw: the code path is gone
 * from what ships, and a component that ever passed the prop would fail loudly instead of
 * parsing HTML. Clearing (`innerHTML = ""`, a literal) stays: it parses nothing.
 *
 * The assignment is matched in Preact's published, minified build. If a Preact release writes
 * it otherwise, the build stops here rather than ship it unnoticed.
 */
import type { Plugin } from 'vite';

/** Preact's ES builds, the ones Vite resolves for the extension (`browser` and `import`). */
const PREACT_BUILD = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/;

/** `(u.innerHTML=h.__html)`: the element's markup set from the prop's `__html`. */
const ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;

const REFUSAL =
  '(()=>{throw new Error("dangerouslySetInnerHTML is left out of this build (scripts/build/preact-without-inner-html.ts)")})()';

/** Preact's build with its `dangerouslySetInnerHTML` assignment replaced by a throw. */
export function withoutInnerHtml(code: string, file = 'preact'): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `${file}: expected Preact's one dangerouslySetInnerHTML assignment, found ${found}; ` +
        'see scripts/build/preact-without-inner-html.ts',
    );
  return code.replace(ASSIGNMENT, REFUSAL);
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'sourcelight:preact-without-inner-html',
    apply: 'build',
    transform(code, id) {
      if (!PREACT_BUILD.test(id)) return null;
      return { code: withoutInnerHtml(code, id), map: null };
    },
  };
}
