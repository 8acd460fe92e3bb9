/** Formats detail values for the reader's locale. */
import browser from 'webextension-polyfill';
import type { DetailValue } from '../core/difference-view';
import { formatDate, t } from './i18n';

const locale = () => browser.i18n.getUILanguage();

function formatSpan(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const start = new Date(`${from}T12:00:00Z`);
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4))
    return from.slice(0, 4);
  if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01')) {
    return start.toLocaleDateString(locale(), { year: 'numeric', month: 'long', timeZone: 'UTC' });
  }
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export function formatValue(value: DetailValue): string {
  switch (value.type) {
    case 'date':
      return value.span === null ? '?' : formatSpan(value.span.from, value.span.to);
    case 'age':
      return t('valueAge', String(value.years));
    case 'amount':
      return new Intl.NumberFormat(locale(), {
        style: 'currency',
        currency: value.currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(value.value);
    case 'place':
    case 'person':
      return value.name;
    case 'count':
      return new Intl.NumberFormat(locale()).format(value.value);
  }
}
