import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { contentScriptPlugin } from './scripts/build/content-script.ts';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html.ts';
import { privacyPlugin } from './scripts/build/privacy-page.ts';
import { datasetPlugin } from './scripts/dataset/vite-plugin.ts';
import { ANNOTATION_FILE } from './src/shared/annotation-file.ts';

export type Target = 'chrome' | 'firefox';

const TARGET = ['chrome120', 'firefox140'];

/**
 * One manifest source, two targets: Chrome runs the background as a service worker,
 * Firefox as background scripts with a gecko id (DESIGN.md §1). The content script is built
 * apart (scripts/build/content-script.ts), so crxjs sees none. The version is package.json's:
 * manifest.json has none, so the two cannot differ.
 */
export function manifestFor(target: Target): ManifestV3Export {
  const { background, browser_specific_settings, ...rest } = manifest;
  const common = { ...withoutContentScripts(rest), version: packageJson.version };
  if (target === 'chrome') return { ...common, background };
  return {
    ...common,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings,
  } as ManifestV3Export;
}

function withoutContentScripts<T extends { content_scripts: unknown }>(
  manifest: T,
): Omit<T, 'content_scripts'> {
  const copy: Partial<T> = { ...manifest };
  delete copy.content_scripts;
  return copy as Omit<T, 'content_scripts'>;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      datasetPlugin(),
      privacyPlugin(),
      preactWithoutInnerHtml(),
      crx({ manifest: manifestFor(target), browser: target }),
      contentScriptPlugin({
        entry: manifest.content_scripts[0]!,
        fileName: 'content.js',
        injected: { [ANNOTATION_FILE]: 'src/content/annotation.ts' },
        plugins: () => [datasetPlugin(), preactWithoutInnerHtml()],
        target: TARGET,
      }),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: TARGET,
      sourcemap: false,
      // Pages no manifest key names: the privacy page (PRIVACY.md), linked from the options page;
      // a claim's full record, opened from the card and the popup (src/core/record-link.ts).
      rolldownOptions: {
        input: { privacy: 'src/privacy/index.html', record: 'src/record/index.html' },
      },
      // Vite's preload helper would add <link rel="modulepreload"> tags to the host page's
      // <head> when the content script loads its lazy chunk: that changes the page's DOM.
      modulePreload: false,
    },
  };
});
