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

/** A date at day, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date written YYYY-MM-DD, YYYY-MM or YYYY'),
  v.check((text) => isRealDate(`${text}-01-01`.slice(0, 10)), 'a date that exists in the calendar'),
);

/** "-1 month", "+2 days": a date relative to the source's own date. */
export const RelativeDate = v.pipe(
  v.string(),
  v.regex(
    /^[+-]\d{1,3} (?:day|week|month|year)s?$/,
    'a relative date like "-1 month" or "-3 days"',
  ),
);

export const PersonSchema = v.strictObject({
  id: Slug,
  name: NonEmptyText,
  role: NonEmptyText,
  aliases: v.pipe(v.array(NonEmptyText), v.minLength(1, 'at least one alias')),
  guardedAliases: v.optional(v.array(NonEmptyText), []),
  context: v.optional(v.array(NonEmptyText), []),
  namesakes: v.optional(v.array(NonEmptyText), []),
  watch: v.optional(v.boolean(), false),
});

export const PlaceSchema = v.strictObject({
  id: Slug,
  name: NonEmptyText,
  within: v.optional(v.nullable(Slug), null),
});

const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag like "en" or "pt-BR"'),
);

export const SourceSchema = v.strictObject({
  id: Slug,
  outlet: NonEmptyText,
  // A link the card and popup show: a javascript: or data: URL would run or show anything.
  url: v.pipe(
    v.string(),
    v.url('an absolute URL'),
    v.regex(/^https?:\/\//i, 'an http or https URL'),
  ),
  title: v.nullable(NonEmptyText),
  published: v.nullable(IsoDate),
  language: LanguageTag,
  kind: v.picklist(['transcript', 'report', 'copy', 'rewrite', 'translation', 'opinion']),
  copyOf: v.optional(v.nullable(Slug), null),
  note: v.optional(v.string()),
  /** The title was read off the URL's slug, not printed on the page: never shown as a headline. */
  titleFromUrl: v.optional(v.boolean(), false),
});

export const EVENT_KINDS = [
  'interview',
  'speech',
  'call',
  'meeting',
  'conference',
  'statement',
  'press-conference',
] as const;

/** An occasion claims were made at (DESIGN.md §2): its main date, any others, a place id or null. */
export const EventSchema = v.strictObject({
  id: Slug,
  title: NonEmptyText,
  date: IsoDate,
  dates: v.optional(v.array(IsoDate), []),
  place: v.nullable(Slug),
  kind: v.picklist(EVENT_KINDS),
});

const DetailBase = { about: NonEmptyText, text: NonEmptyText };

/** How a figure is hedged as printed: "about five hours", "at least $25 billion". */
export const BOUNDS = ['about', 'at-least', 'more-than', 'less-than', 'up-to'] as const;
const Bound = { bound: v.optional(v.picklist(BOUNDS)) };

export const DetailSchema = v.variant('type', [
  v.pipe(
    v.strictObject({
      type: v.literal('date'),
      ...DetailBase,
      date: v.optional(PartialDate),
      relative: v.optional(RelativeDate),
    }),
    v.check(
      (d) => (d.date === undefined) !== (d.relative === undefined),
      'either "date" or "relative" (one of them)',
    ),
  ),
  v.strictObject({
    type: v.literal('age'),
    ...DetailBase,
    years: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.maxValue(130, 'an age of at most 130 years'),
    ),
  }),
  v.strictObject({
    type: v.literal('amount'),
    ...DetailBase,
    value: v.pipe(v.number(), v.minValue(0)),
    currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code like "USD"')),
    ...Bound,
  }),
  v.strictObject({ type: v.literal('place'), ...DetailBase, place: Slug }),
  v.strictObject({
    type: v.literal('person'),
    ...DetailBase,
    name: NonEmptyText,
    /** Other printings of the same name (transliterations: "Huma" for "Himam"): no conflict. */
    sameAs: v.optional(v.array(NonEmptyText)),
  }),
  v.strictObject({
    type: v.literal('count'),
    ...DetailBase,
    value: v.pipe(v.number(), v.integer(), v.minValue(0)),
    ...Bound,
  }),
  v.strictObject({
    type: v.literal('duration'),
    ...DetailBase,
    seconds: v.pipe(v.number(), v.minValue(0)),
    ...Bound,
  }),
]);

export const AppearanceSchema = v.strictObject({
  source: Slug,
  text: v.nullable(
    v.pipe(
      NonEmptyText,
      v.maxLength(600, 'a short quoted span (at most 600 characters), not an article body'),
    ),
  ),
  /** The sentence around the quote, as printed, where the source states details outside the quoted words. */
  context: v.optional(
    v.pipe(NonEmptyText, v.maxLength(400, 'a short sentence (at most 400 characters)')),
  ),
  attributedTo: v.nullable(Slug),
  details: v.optional(v.array(DetailSchema), []),
});

export const RENDERING_FORMS = ['statement', 'report'] as const;

/**
 * The maintainers' own rendering of a claim in one language (issue 22): what a page's own
 * translation is matched against by the stems of its words. Never shown as a source; `by` says
 * who wrote it.
 */
const RenderingSchema = v.strictObject({
  lang: LanguageTag,
  /**
   * `statement`: the statement translated whole. `report`: the claim as a news report in the
   * language most often carries it (its core words as outlets quote them, or in reported speech,
   * or a fact in a report's own words): what pages print more often than the whole statement.
   */
  form: v.optional(v.picklist(RENDERING_FORMS), 'statement'),
  text: v.pipe(
    NonEmptyText,
    v.maxLength(600, 'one claim, not an article (at most 600 characters)'),
  ),
  by: NonEmptyText,
});

export const ClaimSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(['quote', 'fact']),
  speaker: v.nullable(Slug),
  /**
   * Whom the claim is said of or to, where its words alone do not tell it from the same words
   * about someone else: ids from people.json (claim-people.ts `isAboutSomeoneNamed`).
   */
  about: v.optional(v.pipe(v.array(Slug), v.minLength(1, 'at least one person, or no field'))),
  statement: NonEmptyText,
  /** The language the statement was said in, where the English statement is a translation. */
  statementTranslatedFrom: v.optional(LanguageTag),
  /** For the dataset's editors: where the statement's wording comes from, doubts. Not compiled. */
  note: v.optional(v.string()),
  /** An id from events.json: claims of different events never stand in for each other. */
  event: Slug,
  renderings: v.optional(v.array(RenderingSchema), []),
  appearances: v.pipe(v.array(AppearanceSchema), v.minLength(1, 'at least one appearance')),
});

export const EventsFileSchema = v.array(EventSchema);
export const PeopleFileSchema = v.array(PersonSchema);
export const PlacesFileSchema = v.array(PlaceSchema);
export const SourcesFileSchema = v.array(SourceSchema);
