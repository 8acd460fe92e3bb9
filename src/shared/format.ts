/** Formats detail values for the reader's locale (src/core/locale-format.ts). */
import type { EventView } from '../core/claim-view';
import type { Bound } from '../core/dataset';
import type { DetailValue } from '../core/difference-view';
import { durationParts } from '../core/figures';
import {
  formatAmount,
  formatDay,
  formatDaySpan,
  formatDuration,
  formatNumber,
  languageName,
  smallCount,
} from '../core/locale-format';
import { t, uiLocale, type MessageName } from './i18n';

/** "2025-10-20" as the reader's locale writes a day. */
export const formatDate = (iso: string) => formatDay(iso, uiLocale());
/** An event's days as the reader's locale writes them: one day, or its first to its last. */
export const formatEventDays = ({ days: [from, to] }: EventView) =>
  formatDaySpan(from, to, uiLocale());
/**
 * A count as the reader's locale writes it: a small one with the digits the messages give for
 * every country of their language (the `digits` message), so the count said to screen readers
 * on a named page does not load the engine's number formats, a task of 40-100 ms.
 */
export const formatCount = (value: number) =>
  smallCount(value, t('digits')) ?? formatNumber(value, uiLocale());

/** A language tag ("ru") as the reader's locale names the language. */
export const formatLanguage = (tag: string) => languageName(tag, uiLocale());

const BOUND: Record<Bound, MessageName> = {
  about: 'boundAbout',
  'at-least': 'boundAtLeast',
  'more-than': 'boundMoreThan',
  'less-than': 'boundLessThan',
  'up-to': 'boundUpTo',
};

/** A figure with its hedge: "about 5 hr", "at least $25B", "over 5 min". */
function bounded(bound: Bound | null, figure: string): string {
  return bound === null ? figure : t(BOUND[bound], figure);
}

export function formatValue(value: DetailValue): string {
  const locale = uiLocale();
  switch (value.type) {
    case 'date':
      return value.span === null ? '?' : formatDaySpan(value.span.from, value.span.to, locale);
    case 'age':
      return t('valueAge', formatNumber(value.years, locale));
    case 'amount':
      return bounded(value.bound, formatAmount(value.value, value.currency, locale));
    case 'place':
    case 'person':
      return value.name;
    case 'count':
      return bounded(value.bound, formatNumber(value.value, locale));
    case 'duration':
      return bounded(value.bound, formatDuration(durationParts(value.seconds), locale));
  }
}
