/**
 * Builds the content script as one classic script of its own and adds it to the manifest crxjs
 * wrote. crxjs would build it as a loader that imports the script's chunks from the extension,
 * which makes those chunks web-accessible: any page could then fetch one to learn that
 * Sourcelight is installed, and which build (issue 19). A classic script needs no resource of
 * the extension's to be reachable from a page: the manifest lists none.
 *
 * What only pages naming someone need (the claim matcher, the card) is a classic script of its
 * own too (`injected`), which the background runs in such a page (src/content/load-annotation.ts):
 * every page parses only the first look and the people gate. The dataset is in neither: the
 * background sends a named page what it needs of it (src/content/dataset.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type PluginOption } from 'vite';

export interface ContentScriptOptions {
  /** The manifest's content script entry, with its source file in `js`. */
  readonly entry: { readonly js: readonly string[] } & Record<string, unknown>;
  /** The built file's name in the extension. */
  readonly fileName: string;
  /** Scripts the background runs in a page (`scripting.executeScript`), by file name. */
  readonly injected: Readonly<Record<string, string>>;
  /** The plugins the script needs (the dataset's virtual modules). */
  readonly plugins: () => PluginOption[];
  readonly target: readonly string[];
}

export function contentScriptPlugin(options: ContentScriptOptions): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let mode = 'production';
  const [source] = options.entry.js;
  if (source === undefined || options.entry.js.length !== 1)
    throw new Error('the content script entry must name exactly one source file');
  return {
    name: 'sourcelight:content-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      mode = config.mode;
    },
    // After crxjs has written the extension and its manifest.
    async closeBundle() {
      const scripts = { [options.fileName]: resolve(root, source), ...options.injected };
      // One build each: a library build in IIFE form is one file of one entry, its lazy imports
      // inlined.
      for (const [fileName, entry] of Object.entries(scripts))
        await build({
          configFile: false,
          root,
          mode,
          logLevel: 'warn',
          plugins: options.plugins(),
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            target: [...options.target],
            sourcemap: false,
            minify: true,
            lib: {
              entry: resolve(root, entry),
              formats: ['iife'],
              name: 'sourcelight',
              fileName: () => fileName,
            },
          },
        });
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest.content_scripts = [{ ...options.entry, js: [options.fileName] }];
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
