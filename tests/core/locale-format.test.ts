import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { durationParts } from '../../src/core/figures';
import {
  formatAmount,
  formatDay,
  formatDaySpan,
  formatDuration,
  formatList,
  formatNumber,
  formattingLocale,
  languageName,
  listParts,
  smallCount,
} from '../../src/core/locale-format';

describe('formattingLocale', () => {
  it("takes the UI's regional variant where the messages are in its language", () => {
    expect(formattingLocale('en-GB', 'en')).toBe('en-GB');
    expect(formattingLocale('es_MX', 'es')).toBe('es-MX');
    expect(formattingLocale('ar', 'ar')).toBe('ar');
  });

  it("takes the messages' language where the UI's has no messages, so no line mixes two", () => {
    expect(formattingLocale('pt-BR', 'en')).toBe('en');
    expect(formattingLocale('ur', 'en')).toBe('en');
  });
});

describe('formatDay and formatDaySpan', () => {
  it('write a day, a month, a year and a range as the locale does', () => {
    expect(formatDay('2025-10-19', 'en-US')).toBe('Oct 19, 2025');
    expect(formatDaySpan('2025-09-01', '2025-09-30', 'en-US')).toBe('September 2025');
    expect(formatDaySpan('2011-01-01', '2011-12-31', 'en-US')).toBe('2011');
    expect(formatDaySpan('2025-10-19', '2025-10-25', 'en-US')).toMatch(/^Oct 19\s*–\s*25, 2025$/);
    expect(formatDay('2025-10-19', 'de')).toBe('19. Okt. 2025');
    expect(formatDaySpan('2025-09-01', '2025-09-30', 'ru')).toMatch(/^сентябрь 2025/);
    expect(formatDay('2025-09-09', 'ar')).toContain('سبتمبر');
  });

  it('keep the Gregorian calendar, in which the dataset states its spans, in Persian too', () => {
    // Persian's own calendar would call September 2025 parts of Shahrivar and Mehr 1404.
    expect(formatDaySpan('2025-09-01', '2025-09-30', 'fa')).toBe('سپتامبر ۲۰۲۵');
    expect(formatDaySpan('2011-01-01', '2011-12-31', 'fa')).toBe('۲۰۱۱');
  });

  it('give back what is no date as it is', () => {
    expect(formatDay('sometime', 'en')).toBe('sometime');
  });
});

describe('numbers, amounts and durations', () => {
  it("use the locale's digits and grouping", () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'ru')).toBe('1\u00a0234');
    expect(formatNumber(22, 'fa')).toBe('۲۲');
  });

  it('write a small count with the digits each interface language gives, as Intl does in every country', () => {
    // Every region ICU names: a language's digits hold in each, or the language says `Intl`.
    const names = new Intl.DisplayNames('en', { type: 'region' });
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const regions = letters
      .flatMap((a) => letters.map((b) => a + b))
      .filter((r) => names.of(r) !== r);
    expect(regions.length).toBeGreaterThan(200);
    for (const locale of readdirSync('public/_locales')) {
      const messages = JSON.parse(
        readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'),
      ) as Record<string, { message: string }>;
      const [tag, digits] = [messages.localeTag!.message, messages.digits!.message];
      const tags = [tag, ...regions.map((region) => `${tag}-${region}`)];
      const writes = (t: string) =>
        formatNumber(907, t) + formatNumber(123, t) + formatNumber(456, t) + formatNumber(8, t);
      if (digits === 'Intl') {
        expect(new Set(tags.map(writes)).size, tag).toBeGreaterThan(1);
        continue;
      }
      for (const each of tags)
        expect(
          smallCount(907, digits)! +
            smallCount(123, digits)! +
            smallCount(456, digits)! +
            smallCount(8, digits),
          each,
        ).toBe(writes(each));
      for (let count = 0; count < 1000; count++)
        expect(smallCount(count, digits), `${tag} ${count}`).toBe(formatNumber(count, tag));
    }
    expect(smallCount(907, '۰۱۲۳۴۵۶۷۸۹')).toBe('۹۰۷');
  });

  it('leave a count of 1,000 or more, a fraction, or digits that are not ten, to Intl', () => {
    for (const value of [1000, 1234, 2.5, -1, Number.NaN])
      expect(smallCount(value, '0123456789')).toBeNull();
    expect(smallCount(5, 'Intl')).toBeNull();
  });

  it("write an amount compact, with the locale's currency sign and order", () => {
    expect(formatAmount(5e10, 'USD', 'en')).toMatch(/^\$50(\.0)?B$/);
    expect(formatAmount(5e10, 'USD', 'ru')).toMatch(/^50(,0)?\sмлрд\s\$$/);
  });

  it('give each part of a duration its unit in the plural its count takes', () => {
    const kremlin = durationParts(3 * 3600 + 39 * 60);
    expect(formatDuration(kremlin, 'en')).toBe('3 hr 39 min');
    expect(formatDuration(kremlin, 'ru')).toBe('3 ч 39 мин');
    expect(formatDuration(durationParts(5 * 3600), 'fa')).toBe('۵ ساعت');
    expect(formatDuration(durationParts(2 * 365 * 86_400), 'ar')).toBe('سنتان');
  });
});

describe('lists', () => {
  it('join names in a sentence with the language’s "and", and briefly after a label', () => {
    expect(formatList(['Steve Witkoff', 'Jared Kushner'], 'en', 'prose')).toBe(
      'Steve Witkoff and Jared Kushner',
    );
    expect(formatList(['a.com', 'b.com', 'c.com'], 'en', 'brief')).toBe('a.com, b.com, c.com');
    expect(formatList(['a.com', 'b.com'], 'ru', 'prose')).toBe('a.com и b.com');
    expect(formatList(['a.com', 'b.com'], 'ar', 'prose')).toBe('a.com وb.com');
  });

  it('come in parts, each item apart, so the UI can isolate each in its direction', () => {
    expect(listParts(['a', 'b'], 'en', 'prose')).toEqual([
      { type: 'element', value: 'a' },
      { type: 'literal', value: ' and ' },
      { type: 'element', value: 'b' },
    ]);
  });
});

describe('languageName', () => {
  it('names a language in the locale, or gives back the tag', () => {
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('ru', 'ar')).toBe('الروسية');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });
});
