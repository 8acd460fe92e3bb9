/**
 * Builds the content script as one classic script of its own and adds it to the manifest crxjs
 * wrote. crxjs would build it as a loader that imports the script's chunks from the extension,
 * which makes those chunks web-accessible: any page could then fetch one to learn that
 * Sourcelight is installed, and which build (issue 19). A classic script needs no resource of
 * the extension's to be reachable from a page: the manifest lists none.
 *
 * What only pages naming someone need (the claim matcher, the card) is in the script but runs
 * only there; the dataset is not in it: the background sends such a page what it needs of it
 * (src/content/dataset.ts), so the script every page parses does not grow with the dataset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type PluginOption } from 'vite';

export interface ContentScriptOptions {
  /** The manifest's content script entry, with its source file in `js`. */
  readonly entry: { readonly js: readonly string[] } & Record<string, unknown>;
  /** The built file's name in the extension. */
  readonly fileName: string;
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
          // A library build in IIFE form is one file: the lazy import of ./annotate is inlined.
          lib: {
            entry: resolve(root, source),
            formats: ['iife'],
            name: 'sourcelight',
            fileName: () => options.fileName,
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
