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
 * Content script → background: the dataset, asked for only by a page that names someone. The
 * content script does not carry it: what every page parses must not grow with the dataset.
 */
export const GetDatasetSchema = v.object({ type: v.literal('get-dataset') });
export type GetDataset = v.InferOutput<typeof GetDatasetSchema>;

/**
 * Content script → background: the reader clicked "Full record" in a claim's card; open that
 * claim's record page in a tab beside the sender's. Only a trusted click sends it (Card.tsx),
 * and only a claim of the dataset is opened (`parseRequest`).
 */
export const OpenRecordSchema = v.object({ type: v.literal('open-record'), claimId: Id });
export type OpenRecord = v.InferOutput<typeof OpenRecordSchema>;

export const RequestSchema = v.variant('type', [
  ClaimsFoundSchema,
  GetTabClaimsSchema,
  GetDatasetSchema,
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
 * The answer to `get-dataset`. Only the extension's own background can answer a content
 * script's message, and the dataset was validated when it was built: its shape is checked,
 * not every field again.
 */
const ReadonlyArray = v.pipe(v.array(v.unknown()), v.readonly());

export const DatasetResultSchema = v.object({
  ok: v.literal(true),
  dataset: v.object({
    events: ReadonlyArray,
    people: ReadonlyArray,
    places: ReadonlyArray,
    sources: ReadonlyArray,
    claims: ReadonlyArray,
  }),
});
export type DatasetResult = v.InferOutput<typeof DatasetResultSchema>;

/** What each request is answered with. */
export interface ResponseTo {
  'claims-found': Ack;
  'get-tab-claims': TabClaimsResult;
  'get-dataset': DatasetResult;
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

/**
 * Parses a message to the background; `null` for anything that is not a valid request, and
 * for a report or a record asked for that names a claim or person the dataset does not hold
 * (`known`).
 */
export function parseRequest(message: unknown, known: KnownIds): Request | null {
  const result = v.safeParse(RequestSchema, message);
  if (!result.success) return null;
  const request = result.output;
  if (request.type === 'claims-found' && !namesOnlyKnown(request, known)) return null;
  if (request.type === 'open-record' && !known.claims.has(request.claimId)) return null;
  return request;
}

/** Parses a message to a content script; `null` for anything else. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const result = v.safeParse(ContentRequestSchema, message);
  return result.success ? result.output : null;
}

/** Whether an answer to `get-dataset` has the dataset's shape. */
export function isDatasetResult(message: unknown): message is DatasetResult {
  return v.is(DatasetResultSchema, message);
}

/** Parses the answer to `get-tab-claims`, turning anything malformed into an error result. */
export function parseTabClaimsResult(message: unknown): TabClaimsResult {
  const result = v.safeParse(TabClaimsResultSchema, message);
  return result.success
    ? result.output
    : { ok: false, error: 'malformed answer from the background' };
}
