/**
 * A corpus-style `.txt` page (../shared/corpus/README.md): four header lines `url:`, `title:`,
 * `outlet:`, `date:`, a blank line, then the text.
 */
import { isoDay, type SavedPage } from './saved-page.ts';

const FROM_SLUG = '[from URL slug]';

/** The header's value for `name`, or null where the line is missing or empty. */
function headerValue(header: string, name: string): string | null {
  const line = header.split(/\r?\n/).find((l) => l.startsWith(`${name}:`));
  const value = line?.slice(name.length + 1).trim() ?? '';
  return value === '' ? null : value;
}

/** A title the corpus says is missing: "(none)", "(not in stored text)". */
const isPlaceholder = (value: string) => /^\(.*\)$/.test(value);

export function readTextPage(content: string): SavedPage {
  const blank = content.search(/\r?\n\r?\n/);
  const header = blank === -1 ? '' : content.slice(0, blank);
  const text = blank === -1 ? content : content.slice(blank).replace(/^(?:\r?\n)+/, '');
  const rawTitle = headerValue(header, 'title');
  const titleFromUrl = rawTitle?.startsWith(FROM_SLUG) ?? false;
  const title = titleFromUrl ? rawTitle!.slice(FROM_SLUG.length).trim() : rawTitle;
  return {
    text,
    url: headerValue(header, 'url'),
    title: title === null || title === '' || isPlaceholder(title) ? null : title,
    titleFromUrl,
    outlet: headerValue(header, 'outlet'),
    published: isoDay(headerValue(header, 'date')),
    language: null,
  };
}
