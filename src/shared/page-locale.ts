/** The extension's own pages (popup, options, privacy) in the reader's language and direction. */
import { uiDirection, uiLocale } from './i18n';

export function localizePage(doc: Document, title?: string): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDirection();
  if (title !== undefined) doc.title = title;
}
