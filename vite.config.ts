import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './scripts/dataset/vite-plugin.ts';

export type Target = 'chrome' | 'firefox';

/**
 * One manifest source, two targets: Chrome runs the background as a service worker,
 * Firefox as background scripts with a gecko id (DESIGN.md §1).
 */
export function manifestFor(target: Target): ManifestV3Export {
  const { background, browser_specific_settings, ...common } = manifest;
  if (target === 'chrome') return { ...common, background };
  return {
    ...common,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings,
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [datasetPlugin(), crx({ manifest: manifestFor(target), browser: target })],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox140'],
      sourcemap: false,
      // Vite's preload helper would add <link rel="modulepreload"> tags to the host page's
      // <head> when the content script loads its lazy chunk: that changes the page's DOM.
      modulePreload: false,
    },
  };
});
