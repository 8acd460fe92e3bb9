/** Formats detail values for the reader's locale. */
import browser from 'webextension-polyfill';
import type { Bound } from '../core/dataset';
import type { DetailValue } from '../core/difference-view';
import { durationParts, type DurationUnit } from '../core/figures';
import { formatDate, t, type MessageName } from './i18n';

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

const UNIT: Record<DurationUnit, MessageName> = {
  year: 'durationYears',
  day: 'durationDays',
  hour: 'durationHours',
  minute: 'durationMinutes',
  second: 'durationSeconds',
};

/** "5 h", "3 h 39 min", "5 min". */
export function formatDuration(seconds: number): string {
  const number = new Intl.NumberFormat(locale());
  return durationParts(seconds)
    .map(({ unit, count }) => t(UNIT[unit], number.format(count)))
    .join(' ');
}

const BOUND: Record<Bound, MessageName> = {
  about: 'boundAbout',
  'at-least': 'boundAtLeast',
  'more-than': 'boundMoreThan',
  'less-than': 'boundLessThan',
  'up-to': 'boundUpTo',
};

/** A figure with its hedge: "about 5 h", "at least $25B", "over 5 min". */
function bounded(bound: Bound | null, figure: string): string {
  return bound === null ? figure : t(BOUND[bound], figure);
}

export function formatValue(value: DetailValue): string {
  switch (value.type) {
    case 'date':
      return value.span === null ? '?' : formatSpan(value.span.from, value.span.to);
    case 'age':
      return t('valueAge', String(value.years));
    case 'amount':
      return bounded(
        value.bound,
        new Intl.NumberFormat(locale(), {
          style: 'currency',
          currency: value.currency,
          notation: 'compact',
          maximumFractionDigits: 1,
        }).format(value.value),
      );
    case 'place':
    case 'person':
      return value.name;
    case 'count':
      return bounded(value.bound, new Intl.NumberFormat(locale()).format(value.value));
    case 'duration':
      return bounded(value.bound, formatDuration(value.seconds));
  }
}
