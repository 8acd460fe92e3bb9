/**
 * A saved `.html` page: its article read with @mozilla/readability (Firefox's Reader View) over
 * happy-dom, the page's own description of itself read from its head before Readability
 * changes the document.
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { blockText } from './block-text.ts';
import { isoDay, type SavedPage } from './saved-page.ts';

type Doc = InstanceType<typeof Window>['document'];

const attribute = (document: Doc, selector: string, name: string): string | null =>
  document.querySelector(selector)?.getAttribute(name)?.trim() || null;

export function readHtmlPage(html: string): SavedPage {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const url =
      attribute(document, 'meta[property="og:url"]', 'content') ??
      attribute(document, 'link[rel="canonical"]', 'href');
    const published = attribute(document, 'meta[property="article:published_time"]', 'content');
    const language = document.documentElement.getAttribute('lang')?.trim() || null;
    const article = new Readability(document as unknown as Document).parse();
    if (article === null) throw new Error('Readability found no article in the page');
    const body = blockText(
      new window.DOMParser().parseFromString(article.content ?? '', 'text/html').body,
    );
    const title = article.title?.trim() || null;
    // Readability drops a headline that repeats the title: the page prints it, so keep it.
    const text = title !== null && !body.includes(title) ? `${title}\n${body}` : body;
    return {
      text,
      url,
      title,
      titleFromUrl: false,
      outlet: article.siteName?.trim() || null,
      published: isoDay(published ?? article.publishedTime),
      language: language ?? (article.lang?.trim() || null),
    };
  } finally {
    void window.happyDOM.close();
  }
}
