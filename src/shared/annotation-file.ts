/**
 * The script a named page's annotation lives in (src/content/annotation.ts): built apart from
 * the content script (scripts/build/content-script.ts), and run in the page only when the
 * content script finds someone named there, by the background (`load-annotation`). Every page
 * parses the content script; only a named page parses this.
 */
export const ANNOTATION_FILE = 'annotation.js';
