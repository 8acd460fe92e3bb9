/**
 * Messages whose placeholders hold elements, and the dataset's and pages' words set apart from
 * the UI's. A name, an outlet or a quote may be written in another direction than the message
 * around it (an English name in an Arabic sentence): each is isolated (<bdi>), so neither
 * reorders the other's letters, digits or punctuation.
 */
import type { ComponentChildren } from 'preact';
import { listParts, type ListStyle } from '../core/locale-format';
import { t, uiLocale, type MessageName } from './i18n';

/** Private-use characters stand in for the elements while the browser fills the message in. */
const MARK = 0xe000;

/** `name` with each $n$ placeholder replaced by `args[n - 1]`, wherever the translation puts it. */
export function Message({ name, args }: { name: MessageName; args: readonly ComponentChildren[] }) {
  const text = t(name, ...args.map((_, i) => String.fromCharCode(MARK + i)));
  return (
    <>
      {text.split(/([\ue000-\ue0ff])/).map((part) => {
        const i = part.length === 1 ? part.charCodeAt(0) - MARK : -1;
        return i >= 0 && i < args.length ? args[i] : part;
      })}
    </>
  );
}

/** Words of the dataset or the page (a name, an outlet, a title), in their own direction. */
export function Own({ children }: { children: ComponentChildren }) {
  return <bdi>{children}</bdi>;
}

/** Words a page or a source prints, quoted with the reader's language's marks. */
export function Quote({ children }: { children: ComponentChildren }) {
  return (
    <>
      {t('quoteOpen')}
      <bdi>{children}</bdi>
      {t('quoteClose')}
    </>
  );
}

/** Names (or quotes) joined as the reader's language joins a list, each isolated. */
export function List({
  items,
  style,
  Item = Own,
}: {
  items: readonly string[];
  style: ListStyle;
  Item?: (props: { children: string }) => ComponentChildren;
}) {
  return (
    <>
      {listParts(items, uiLocale(), style).map((part) =>
        part.type === 'element' ? <Item>{part.value}</Item> : part.value,
      )}
    </>
  );
}
