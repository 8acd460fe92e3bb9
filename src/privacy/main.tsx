import { render } from 'preact';
import privacy from 'virtual:sourcelight/privacy';
import { messagesLocale } from '../shared/i18n';
import { localizePage } from '../shared/page-locale';
import type { Block } from './document';
import { Privacy } from './Privacy';

/** The policy in the language of the extension's messages, or in English where it has none. */
function policy(): { blocks: readonly Block[]; translated: boolean } {
  const translated = privacy[messagesLocale().replace('-', '_')];
  return translated === undefined
    ? { blocks: privacy.en!, translated: false }
    : { blocks: translated, translated: true };
}

const { blocks, translated } = policy();
const title = blocks[0]?.kind === 'h1' ? blocks[0].inlines.map((i) => i.text).join('') : undefined;
localizePage(document, title);
if (!translated) {
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
}
const app = document.getElementById('app');
if (app !== null) {
  render(<Privacy blocks={blocks} />, app);
  // Lets tests and tools know the page has finished rendering.
  document.documentElement.dataset.ready = 'true';
}
