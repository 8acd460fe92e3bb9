/**
 * The schema of the human-edited files in data/ (DESIGN.md §2). Build time only:
 * the extension receives the validated, compiled dataset.
 */
import * as v from 'valibot';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Slug = v.pipe(
  v.string(),
  v.regex(SLUG, 'a lower-case id of letters, digits and single hyphens, like "witkoff-bad-club"'),
);

/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  v.check(isRealDate, 'a date that exists in the calendar'),
);

export function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const NonEmptyText = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty text'));

export const PersonSchema = v.strictObject({
  id: Slug,
  name: NonEmptyText,
  role: NonEmptyText,
  aliases: v.pipe(v.array(NonEmptyText), v.minLength(1, 'at least one alias')),
});

export const SourceSchema = v.strictObject({
  id: Slug,
  outlet: NonEmptyText,
  url: v.pipe(v.string(), v.url('an absolute URL')),
  title: v.nullable(NonEmptyText),
  published: v.nullable(IsoDate),
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag like "en" or "pt-BR"'),
  ),
  kind: v.picklist(['transcript', 'report', 'copy', 'translation', 'opinion']),
  copyOf: v.optional(v.nullable(Slug), null),
  note: v.optional(v.string()),
});

export const AppearanceSchema = v.strictObject({
  source: Slug,
  text: v.pipe(
    NonEmptyText,
    v.maxLength(600, 'a short quoted span (at most 600 characters), not an article body'),
  ),
  attributedTo: v.nullable(Slug),
});

export const ClaimSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(['quote', 'fact']),
  speaker: v.nullable(Slug),
  statement: NonEmptyText,
  event: v.optional(v.nullable(v.strictObject({ name: NonEmptyText, date: IsoDate })), null),
  appearances: v.pipe(v.array(AppearanceSchema), v.minLength(1, 'at least one appearance')),
});

export const PeopleFileSchema = v.array(PersonSchema);
export const SourcesFileSchema = v.array(SourceSchema);
