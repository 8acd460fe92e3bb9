/**
 * Dates, numbers, amounts, durations and lists as a reader's locale writes them, with `Intl`.
 * Pure: the UI passes the locale in (src/shared/i18n.ts's `uiLocale`).
 *
 * Dates are always in the Gregorian calendar. The dataset records them so, and a span it
 * records ("September 2025", "2011") is a month or a year of that calendar: Persian's own
 * calendar, `fa`'s default, would show September 2025 as parts of two months of 1404. Each
 * locale still names the months and writes the digits its own way ("۹ سپتامبر ۲۰۲۵").
 */
import type { DurationUnit } from './figures';

/**
 * The locale to format in: the browser's UI language where the messages are in its language
 * ("es-MX" reading the Spanish messages), else the messages' own ("en" where the UI is "pt-BR"
 * and Sourcelight has no Portuguese), so no sentence mixes two languages.
 */
export function formattingLocale(uiLanguage: string, messagesLocale: string): string {
  const language = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  if (language(uiLanguage) !== language(messagesLocale)) return messagesLocale;
  try {
    return Intl.getCanonicalLocales(uiLanguage.replace(/_/g, '-'))[0] ?? messagesLocale;
  } catch {
    return messagesLocale;
  }
}

const DAY: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
  calendar: 'gregory',
};

/** An ISO day ("2025-10-20") at noon UTC; null where it is no date. */
function dayOf(iso: string): Date | null {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2025-10-20" as the locale writes a day: "Oct 20, 2025", "20 окт. 2025 г."; the ISO text where it is none. */
export function formatDay(iso: string, locale: string): string {
  const date = dayOf(iso);
  return date === null ? iso : new Intl.DateTimeFormat(locale, DAY).format(date);
}

/**
 * A span of days as precisely as it was stated: one day, a whole year ("2011"), a whole month
 * ("September 2025"), or a range the locale writes its way ("Oct 19 – 25, 2025").
 */
export function formatDaySpan(from: string, to: string, locale: string): string {
  const start = dayOf(from);
  const end = dayOf(to);
  if (from === to || start === null || end === null) return formatDay(from, locale);
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', calendar: 'gregory', ...options });
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4))
    return format({ year: 'numeric' }).format(start);
  if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01'))
    return format({ year: 'numeric', month: 'long' }).format(start);
  return new Intl.DateTimeFormat(locale, DAY).formatRange(start, end);
}

/** A count with the locale's digits and grouping: "1,234", "1 234", "۱٬۲۳۴". */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A whole count under 1,000 written with `digits`, a locale's ten from zero ("۰۱۲۳۴۵۶۷۸۹"):
 * as `formatNumber` writes it there, which groups no digits below 1,000. Null for any other
 * number, or where `digits` are not ten. Why not `formatNumber`: a renderer's first
 * `Intl.NumberFormat` loads the engine's locale data in one task (docs/engine-notes.md).
 */
export function smallCount(value: number, digits: string): string | null {
  const ten = [...digits];
  if (ten.length !== 10 || !Number.isInteger(value) || value < 0 || value >= 1000) return null;
  return [...String(value)].map((digit) => ten[Number(digit)]!).join('');
}

/** An amount, compact: "$50B", "50 млрд $", "‏50 مليار US$". */
export function formatAmount(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * A duration's parts, each with its unit as the locale abbreviates it and in the plural form its
 * count takes, joined its way: "3 hr 39 min", "3 ч 39 мин", "3 س و39 د".
 */
export function formatDuration(
  parts: readonly { unit: DurationUnit; count: number }[],
  locale: string,
): string {
  const units = parts.map(({ unit, count }) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(count),
  );
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(units);
}

/**
 * How a list is joined: `prose` in a sentence ("Steve Witkoff and Jared Kushner"), `brief` for
 * a run of names after a label or a dot ("globalnewsc.com, asohij.com", "A، B، C").
 */
export type ListStyle = 'prose' | 'brief';

export interface ListPart {
  readonly type: 'element' | 'literal';
  readonly value: string;
}

/** A list as the locale joins it, in parts, so each item can be set apart (isolated) where shown. */
export function listParts(items: readonly string[], locale: string, style: ListStyle): ListPart[] {
  return new Intl.ListFormat(locale, {
    type: 'conjunction',
    style: style === 'prose' ? 'long' : 'narrow',
  }).formatToParts(items);
}

export function formatList(items: readonly string[], locale: string, style: ListStyle): string {
  return listParts(items, locale, style)
    .map((part) => part.value)
    .join('');
}

/** A language tag ("ru") as the locale names the language ("Russian", "الروسية"); the tag where it cannot. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
