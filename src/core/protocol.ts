/**
 * The one message protocol between the extension's contexts. Every message that
 * arrives is parsed against these schemas before it is used; anything else is dropped.
 * Errors cross contexts as `{ ok: false, error }`, never as thrown objects.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** More times than any page prints one claim: a count past it is not a page's. */
export const MAX_OCCURRENCES = 10_000;

/** One claim found on a page. */
export const PageClaimSchema = v.object({
  claimId: Id,
  /** How many times the page prints it. */
  occurrences: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_OCCURRENCES)),
});
export type PageClaim = v.InferOutput<typeof PageClaimSchema>;

/** What a page was found to hold: the claims it prints and the people it names. */
export const PageReportSchema = v.object({
  claims: v.pipe(v.array(PageClaimSchema), v.maxLength(10_000)),
  people: v.pipe(v.array(Id), v.maxLength(1_000)),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;

/** Content script → background: what the sender's page holds (replaces earlier reports). */
export const ClaimsFoundSchema = v.object({
  type: v.literal('claims-found'),
  ...PageReportSchema.entries,
});
export type ClaimsFound = v.InferOutput<typeof ClaimsFoundSchema>;

/** Popup → background: what was found in tab `tabId`. Answered with `TabClaimsResult`. */
export const GetTabClaimsSchema = v.object({
  type: v.literal('get-tab-claims'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type GetTabClaims = v.InferOutput<typeof GetTabClaimsSchema>;

/**
 * Content script → background: what every analysis reads (the people, the places, the speech
 * cues: analyzer-index.ts's `AnalyzerBase`), asked for only by a page that names someone. The
 * content script does not carry the dataset: what every page parses must not grow with it.
 */
export const GetBaseSchema = v.object({ type: v.literal('get-analyzer-base') });
export type GetBase = v.InferOutput<typeof GetBaseSchema>;

/** A key: a 32-bit hash (slice-keys.ts). */
const Hash = v.pipe(v.number(), v.integer(), v.minValue(-(2 ** 31)), v.maxValue(2 ** 31 - 1));
/**
 * More keys of one kind than a text the analyzer reads at once can make: a long page is read in
 * windows of 100,000 characters (windows.ts), each asking for its own.
 */
export const MAX_KEYS = 1_000_000;
const Hashes = v.pipe(v.array(Hash), v.maxLength(MAX_KEYS));

/** The keys of what a text's reading looks up (slice-keys.ts's `SliceKeys`). */
export const SliceKeysSchema = v.object({
  words: Hashes,
  /** Indices into `words`, three for each 3-gram (checked in `parseRequest`). */
  grams: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(3 * MAX_KEYS)),
  stems: Hashes,
  quotes: Hashes,
  people: v.pipe(v.array(Id), v.maxLength(1_000)),
});

/**
 * Content script → background: the slice of the dataset a text's keys reach (analyzer-slice.ts),
 * asked for by a named page before it reads a text for claims (analyze.ts).
 */
export const GetSliceSchema = v.object({ type: v.literal('get-slice'), keys: SliceKeysSchema });
export type GetSlice = v.InferOutput<typeof GetSliceSchema>;

/**
 * Content script → background: the reader clicked "Full record" in a claim's card; open that
 * claim's record page in a tab beside the sender's. Only a trusted click sends it (Card.tsx),
 * and only a claim of the dataset is opened (`parseRequest`).
 */
export const OpenRecordSchema = v.object({ type: v.literal('open-record'), claimId: Id });
export type OpenRecord = v.InferOutput<typeof OpenRecordSchema>;

/**
 * Content script → background: the first look for everyone the dataset knows, the unwatched too
 * (first-look.ts's `LookFor`), with which a page the watched people's first look said yes to is
 * read. Asked for only then: every page parses the content script, and the look for everyone
 * grows with each spelling of each person (17 kB in December 2026), which a page naming nobody
 * does not need.
 */
export const GetReadingLookSchema = v.object({ type: v.literal('get-reading-look') });
export type GetReadingLook = v.InferOutput<typeof GetReadingLookSchema>;

/**
 * Content script → background: someone is named on this page; run the annotation there
 * (shared/annotation-file.ts). The content script every page parses does not carry it.
 */
export const LoadAnnotationSchema = v.object({ type: v.literal('load-annotation') });
export type LoadAnnotation = v.InferOutput<typeof LoadAnnotationSchema>;

export const RequestSchema = v.variant('type', [
  ClaimsFoundSchema,
  GetTabClaimsSchema,
  LoadAnnotationSchema,
  GetReadingLookSchema,
  GetBaseSchema,
  GetSliceSchema,
  OpenRecordSchema,
]);
export type Request = v.InferOutput<typeof RequestSchema>;

export const TabClaimsResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), ...PageReportSchema.entries }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);
export type TabClaimsResult = v.InferOutput<typeof TabClaimsResultSchema>;

export const AckSchema = v.object({ ok: v.boolean() });
export type Ack = v.InferOutput<typeof AckSchema>;

/** Popup or background → content script: scroll to a claim (or the next one) and open its card. */
export const ShowClaimSchema = v.object({
  type: v.literal('show-claim'),
  /** The claim to show; absent for "the next claim after the one shown". */
  claimId: v.optional(Id),
});
export type ShowClaim = v.InferOutput<typeof ShowClaimSchema>;

/**
 * Background → content script, when a tab's page has finished loading: tell me again what the
 * page shows. A page restored from the back/forward cache "loads" too, and the background,
 * which forgets a tab's claims when it starts loading, may hear of it after the page's own
 * report (issue 19).
 */
export const ReportAgainSchema = v.object({ type: v.literal('report-again') });
export type ReportAgain = v.InferOutput<typeof ReportAgainSchema>;

export const ContentRequestSchema = v.variant('type', [ShowClaimSchema, ReportAgainSchema]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/**
 * The answer to `get-reading-look`. Its patterns are compiled as regular expressions
 * (anchor-scan.ts): only the extension's own background can answer, with what the build made,
 * and every field's shape and size is checked all the same.
 */
export const ReadingLookResultSchema = v.object({
  ok: v.literal(true),
  look: v.object({
    anchors: v.pipe(
      v.array(
        v.object({
          units: v.pipe(
            v.array(v.pipe(v.string(), v.maxLength(64))),
            v.maxLength(16),
            v.readonly(),
          ),
          pattern: v.pipe(v.string(), v.maxLength(2_000)),
          unicode: v.optional(v.boolean()),
        }),
      ),
      v.maxLength(10_000),
      v.readonly(),
    ),
    shortest: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
});
export type ReadingLookResult = v.InferOutput<typeof ReadingLookResultSchema>;

/*
 * The answers to `get-analyzer-base` and `get-slice`. Only the extension's own background can
 * answer a content script's message, and the dataset was validated when it was built: their
 * shape is checked, not every field again.
 */
const ReadonlyArray = v.pipe(v.array(v.unknown()), v.readonly());
const Fields = v.custom<object>((input) => typeof input === 'object' && input !== null);

export const BaseResultSchema = v.object({
  ok: v.literal(true),
  base: v.object({ people: ReadonlyArray, places: ReadonlyArray, cues: Fields }),
});
export type BaseResult = v.InferOutput<typeof BaseResultSchema>;

export const SliceResultSchema = v.object({
  ok: v.literal(true),
  slice: v.object({
    claims: ReadonlyArray,
    sources: ReadonlyArray,
    events: ReadonlyArray,
    index: v.object({
      wordings: Fields,
      stems: Fields,
      contexts: ReadonlyArray,
      shortQuotes: Fields,
    }),
  }),
});
export type SliceResult = v.InferOutput<typeof SliceResultSchema>;

/** What each request is answered with. */
export interface ResponseTo {
  'claims-found': Ack;
  'get-tab-claims': TabClaimsResult;
  'load-annotation': Ack;
  'get-reading-look': ReadingLookResult;
  'get-analyzer-base': BaseResult;
  'get-slice': SliceResult;
  'open-record': Ack;
  'show-claim': Ack;
  'report-again': Ack;
}

/** The ids a report may name: the dataset's claims and people, and nothing else. */
export interface KnownIds {
  readonly claims: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
}

/** Whether a report names only claims and people of the dataset, each once. */
export function namesOnlyKnown(report: PageReport, known: KnownIds): boolean {
  const claims = report.claims.map((claim) => claim.claimId);
  return (
    claims.every((id) => known.claims.has(id)) &&
    report.people.every((id) => known.people.has(id)) &&
    new Set(claims).size === claims.length &&
    new Set(report.people).size === report.people.length
  );
}

/** Whether a slice's keys name only people of the dataset, and 3-grams only of their words. */
function keysHold(keys: GetSlice['keys'], known: KnownIds): boolean {
  const { words, grams, people } = keys;
  return (
    grams.length % 3 === 0 &&
    grams.every((k) => k < words.length) &&
    people.every((id) => known.people.has(id))
  );
}

/**
 * Parses a message to the background; `null` for anything that is not a valid request, and
 * for a report, a record or a slice asked for that names a claim or person the dataset does
 * not hold (`known`).
 */
export function parseRequest(message: unknown, known: KnownIds): Request | null {
  const result = v.safeParse(RequestSchema, message);
  if (!result.success) return null;
  const request = result.output;
  if (request.type === 'claims-found' && !namesOnlyKnown(request, known)) return null;
  if (request.type === 'open-record' && !known.claims.has(request.claimId)) return null;
  if (request.type === 'get-slice' && !keysHold(request.keys, known)) return null;
  return request;
}

/** Parses a message to a content script; `null` for anything else. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const result = v.safeParse(ContentRequestSchema, message);
  return result.success ? result.output : null;
}

/** Whether an answer has an acknowledgement's shape. */
export function isAck(message: unknown): message is Ack {
  return v.is(AckSchema, message);
}

/** Whether an answer to `get-reading-look` has a look's shape. */
export function isReadingLookResult(message: unknown): message is ReadingLookResult {
  return v.is(ReadingLookResultSchema, message);
}

/** Whether an answer to `get-analyzer-base` has the base's shape. */
export function isBaseResult(message: unknown): message is BaseResult {
  return v.is(BaseResultSchema, message);
}

/** Whether an answer to `get-slice` has a slice's shape. */
export function isSliceResult(message: unknown): message is SliceResult {
  return v.is(SliceResultSchema, message);
}

/** Parses the answer to `get-tab-claims`, turning anything malformed into an error result. */
export function parseTabClaimsResult(message: unknown): TabClaimsResult {
  const result = v.safeParse(TabClaimsResultSchema, message);
  return result.success
    ? result.output
    : { ok: false, error: 'malformed answer from the background' };
}
