/**
 * Loaded only on pages that name someone in the dataset: finds the claims, compares the page
 * with the record, paints the claims a reader sees by kind, shows the card on hover or on
 * command, says how many claims there are to screen readers, and tells the background what it
 * found. `run` is called again when the page changes: what did not change around a claim keeps
 * its comparison, range and highlight, so the cost of a change is the change's.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { compileSlicedAnalyzer, type FoundClaim, type PageAnalysis } from '../core/analyze';
import { viewClaim } from '../core/claim-view';
import { growingIndex, type ClaimId, type DatasetIndex, type PersonId } from '../core/dataset';
import {
  comparePage,
  comparisonKey,
  highlightKind,
  type FoundOnPage,
  type HighlightKind,
  type PageDifference,
} from '../core/page-compare';
import { MAX_OCCURRENCES, parseContentRequest, type Ack, type ClaimsFound } from '../core/protocol';
import { planReread } from '../core/reread';
import type { FirstLook } from '../core/first-look';
import type { HighlightStyle } from '../core/settings';
import { formatCount } from '../shared/format';
import { t } from '../shared/i18n';
import { makeCardHost } from './card-host';
import { requestBase, requestSlice } from './dataset';
import { ClaimPainter, paintingFor } from './highlights';
import { watchHover, type HoverTarget } from './hover';
import { readAround } from './near-names';
import { rangesFor, type PageText } from './page-text';
import { analyzePage, inTasks, nextTask, type AskSlice } from './slices';
import { isPrerendering } from './lifecycle';
import { isShown } from './visibility';

export interface Annotation {
  readonly claimId: ClaimId;
  readonly page: PageDifference | null;
  readonly kind: HighlightKind;
  /** All the comparison read of the page (page-compare.ts): the same key, the same annotation. */
  readonly key: string;
}

type Target = HoverTarget<Annotation>;

export interface PageAnnotator {
  /** Reads `page` afresh: finds, paints and reports its claims. */
  run(page: PageText): Promise<void>;
  /**
   * Reads only around `nodes`, which the page just added while nothing else changed (a live
   * blog's new entry), and adds their claims: the cost of an entry is the entry's, however long
   * the page. False where the page must be read afresh with `run` instead: before a first
   * reading, or where what was added cannot be told apart from the rest (a quote that runs on
   * out of an added node, or a claim near one that the last reading did not find).
   */
  add(nodes: readonly Node[], look: FirstLook): Promise<boolean>;
  /** Tells the background again what the page shows (it was shown again without loading). */
  reportAgain(): void;
}

/**
 * The keyboard command that moves through the claims (also the manifest's `next-claim`), when
 * the reader presses it: a page's script can make the same event, but not a trusted one.
 */
const isNextClaimKey = (event: KeyboardEvent) =>
  event.isTrusted && event.altKey && event.shiftKey && event.code === 'KeyS';

export async function annotatePage(
  signal: AbortSignal,
  style: HighlightStyle = 'marker',
  /** Whether the page is the one its tab shows now (lifecycle.ts's `trackCurrent`). */
  isCurrent: () => boolean = () => true,
): Promise<PageAnnotator> {
  const base = await requestBase();
  // The same pipeline `npm run eval` measures, over the slices of the index the build made that
  // the page's texts need: nothing that grows with the dataset is received or made here
  // (core/slice-keys.ts, core/analyzer-index.ts).
  const analyzer = compileSlicedAnalyzer(base);
  // The index, the card's host and the painter in a task of their own. No number is formatted
  // with Intl before the card opens (shared/format.ts's `formatCount`): a renderer's first
  // Intl format loads the engine's locale data, a task of 40-100 ms (docs/engine-notes.md).
  await nextTask();
  /** The claims, sources and events of the slices received, for the card and the comparison. */
  const index = growingIndex(base);
  const answer: AskSlice = async ({ keys }) => {
    const slice = await requestSlice(keys);
    index.add(slice);
    return slice;
  };
  const card = makeCardHost(document);
  const painter = new ClaimPainter(document);
  /** Every claim found, in page order, and whether a reader sees it. */
  let found: Target[] = [];
  const shown = new WeakMap<Target, boolean>();
  /** The claims a reader sees: highlighted, counted, reached by hover and keyboard. */
  let targets: Target[] = [];
  let announced = -1;
  let previous: { page: PageText; analysis: PageAnalysis } | null = null;
  let painting = paintingFor(style, 0);
  let people: readonly PersonId[] = [];
  /** Tells the background, where the page is the one the tab shows (lifecycle.ts). */
  const report = () => {
    if (isCurrent() && !isPrerendering(document)) void sendReport(targets, people);
  };
  signal.addEventListener('abort', () => {
    card?.remove();
    painter.clear();
  });

  const hover = watchHover(
    document,
    () => targets,
    {
      isOwnUi: (target) => card?.contains(target) === true,
      enter({ value, range }) {
        const view = viewClaim(index, value.claimId);
        if (view === null || card === null) return;
        painter.paintActive(range);
        // Anchor on the whole quote, not the hovered line, so the card covers none of it.
        // Drawn dark on a dark page, as its quote is painted.
        const scheme = painter.schemeOf(range);
        card.show({ view, page: value.page, index, scheme }, range.getBoundingClientRect());
      },
      leave() {
        painter.paintActive(null);
        card?.hide();
      },
    },
    signal,
  );

  /** Scrolls to a claim (or the one after the open card's) and opens its card, focused. */
  function showClaim(claimId?: string): boolean {
    const current = hover.current();
    const next =
      claimId === undefined
        ? (targets[(current === null ? -1 : targets.indexOf(current)) + 1] ?? targets[0])
        : targets.find((target) => target.value.claimId === claimId);
    if (next === undefined) return false;
    next.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: 'instant',
    });
    hover.open(next);
    card?.focus();
    return true;
  }

  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<Ack> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (request === null) return undefined;
    if (request.type === 'report-again') {
      report();
      return Promise.resolve({ ok: true });
    }
    return Promise.resolve({ ok: showClaim(request.claimId) });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    // An orphan's runtime may throw on every call (lifecycle.ts).
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // Nothing left to remove from.
    }
  });
  document.addEventListener(
    'keydown',
    (event) => {
      if (isNextClaimKey(event) && showClaim()) event.preventDefault();
    },
    { capture: true, signal },
  );
  // A <details> the reader opens shows what it holds (and one closed hides it again).
  document.addEventListener(
    'toggle',
    (event) => {
      if (card?.contains(event.target) === true || found.length === 0) return;
      for (const target of found) shown.set(target, isShown(target.range));
      show();
    },
    { capture: true, signal },
  );

  /** Paints, announces and reports the claims a reader sees. */
  function show(): void {
    targets = found.filter((target) => shown.get(target) === true);
    painter.paint(
      targets.map(({ range, value }) => ({ range, kind: value.kind })),
      painting,
    );
    const claims = new Set(targets.map((target) => target.value.claimId)).size;
    if (claims !== announced && claims > 0) card?.announce(t('liveSummary', formatCount(claims)));
    announced = claims;
    report();
  }

  return {
    async run(page) {
      // After a change (a live blog's new entry), only the stretch that changed is read again.
      const plan = previous === null ? null : planReread(previous.page, previous.analysis, page);
      const analysis = await analyzePage(analyzer, page, plan, answer);
      // Comparing each claim with the record and painting them: a task of its own (index.ts).
      await nextTask();
      // Stopped meanwhile (the document replaced, the extension gone): nothing more to show.
      if (signal.aborted) return;
      previous = { page, analysis };
      people = analysis.people;
      painting = paintingFor(style, page.pageCharacters);
      const before = found;
      found = targetsFor(page, analysis.claims, before, index);
      // Painting in a task of its own: the comparison runs cold on a page's first (10-57 ms).
      await nextTask();
      if (signal.aborted) return;
      const kept = new Set(before);
      for (const target of found) if (!kept.has(target)) shown.set(target, isShown(target.range));
      show();
    },
    async add(nodes, look) {
      const body = document.body;
      if (previous === null || body === null) return false;
      const fresh: Target[] = [];
      const named = new Set(people);
      for (const root of outermostWithText(nodes)) {
        const local = readAround(body, root, look);
        await nextTask();
        const analysis = await inTasks(
          analyzer.analyzeInSteps(local.slice(), { firstLookAt: local.firstLookAt }),
          answer,
        );
        if (signal.aborted) return true;
        const ranges = rangesFor(local, analysis.claims);
        for (const [k, claim] of analysis.claims.entries()) {
          const range = ranges[k]!;
          const inside = root.contains(range.startContainer);
          if (inside !== root.contains(range.endContainer)) return false;
          if (inside) fresh.push(targetOf(local, claim, range, index));
          else if (!isFound(found, range, claim.id)) return false;
        }
        for (const person of analysis.people) named.add(person);
      }
      people = analyzer.personOrder.filter((person) => named.has(person));
      for (const target of fresh) {
        found.splice(placeOf(found, target.range), 0, target);
        shown.set(target, isShown(target.range));
      }
      show();
      return true;
    },
    reportAgain: report,
  };
}

/** The nodes of `nodes` still on the page, holding text, and inside none of the others. */
function outermostWithText(nodes: readonly Node[]): Node[] {
  const all = new Set(nodes);
  const inside = (node: Node) => {
    for (let p = node.parentNode; p !== null; p = p.parentNode) if (all.has(p)) return true;
    return false;
  };
  return nodes.filter(
    (node) => node.isConnected && (node.textContent ?? '').trim() !== '' && !inside(node),
  );
}

/** Where a target of `range` goes among `targets`, in page order. */
function placeOf(targets: readonly Target[], range: Range): number {
  let [low, high] = [0, targets.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (targets[mid]!.range.compareBoundaryPoints(Range.START_TO_START, range) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether `targets` (in page order) hold `claimId` over a range that overlaps `range`. */
function isFound(targets: readonly Target[], range: Range, claimId: ClaimId): boolean {
  const end = range.cloneRange();
  end.collapse(false);
  // Those that start before `range` ends, back to a few that start before it: a claim is a
  // sentence or so, and no two overlap.
  const last = placeOf(targets, end);
  const first = Math.max(0, placeOf(targets, range) - OVERLAP_LOOK_BACK);
  return targets
    .slice(first, last)
    .some(({ range: other, value }) => value.claimId === claimId && overlaps(other, range));
}

/** How many targets starting before a range are asked whether they reach into it. */
const OVERLAP_LOOK_BACK = 4;

/**
 * Whether two ranges share a character. (DOM's names read backwards: `START_TO_END` compares
 * `a`'s end with `b`'s start, `END_TO_START` `a`'s start with `b`'s end.)
 */
const overlaps = (a: Range, b: Range) =>
  a.compareBoundaryPoints(Range.START_TO_END, b) > 0 &&
  a.compareBoundaryPoints(Range.END_TO_START, b) < 0;

/**
 * The targets of a page's claims: a claim whose surroundings read as before keeps its target
 * (its comparison, its range, its highlight) where the range still holds its text; the others
 * are made, their ranges found in one walk.
 */
function targetsFor(
  page: PageText,
  claims: readonly FoundClaim[],
  before: readonly Target[],
  index: DatasetIndex,
): Target[] {
  const byKey = new Map<string, Target[]>();
  for (const target of before) {
    const same = byKey.get(target.value.key);
    if (same === undefined) byKey.set(target.value.key, [target]);
    else same.push(target);
  }
  const onPage = claims.map((claim) => foundOnPage(claim, index));
  const keys = onPage.map((claim) => comparisonKey(page, claim));
  const targets = claims.map((claim, k) => {
    const old = byKey.get(keys[k]!)?.shift();
    return old !== undefined && holdsText(old.range, page.slice(claim.start, claim.end))
      ? old
      : undefined;
  });
  const missing = targets.flatMap((target, k) => (target === undefined ? [k] : []));
  const ranges = rangesFor(
    page,
    missing.map((k) => claims[k]!),
  );
  missing.forEach((k, i) => {
    targets[k] = targetOf(page, claims[k]!, ranges[i]!, index, onPage[k], keys[k]);
  });
  return targets as Target[];
}

/** A claim's target: its range, and the page compared with the record around it. */
function targetOf(
  page: PageText,
  claim: FoundClaim,
  range: Range,
  index: DatasetIndex,
  onPage = foundOnPage(claim, index),
  key = comparisonKey(page, onPage),
): Target {
  const difference = comparePage(page, onPage, index);
  return {
    range,
    value: {
      claimId: claim.id,
      page: difference,
      kind: highlightKind(index.claim(claim.id)!, difference),
      key,
    },
  };
}

/** A found claim as the comparison with the record takes it, in the language it was found in. */
function foundOnPage(claim: FoundClaim, index: DatasetIndex): FoundOnPage {
  // The page's own language: a finding by stems is in a translation no source prints.
  const language = claim.language ?? index.source(claim.via)?.language ?? 'en';
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    attributedTo: claim.attributedTo,
    language,
  };
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/** Whether a range made before still holds `text` in the page (white space aside). */
function holdsText(range: Range, text: string): boolean {
  return (
    range.startContainer.isConnected &&
    range.endContainer.isConnected &&
    squeezed(range.toString()) === squeezed(text)
  );
}

/** Tells the background which claims this page shows and whom it names, for the badge and popup. */
async function sendReport(targets: readonly Target[], people: readonly PersonId[]): Promise<void> {
  const occurrences = new Map<string, number>();
  for (const { value } of targets)
    occurrences.set(value.claimId, (occurrences.get(value.claimId) ?? 0) + 1);
  const message: ClaimsFound = {
    type: 'claims-found',
    claims: [...occurrences].map(([claimId, count]) => ({
      claimId,
      occurrences: Math.min(count, MAX_OCCURRENCES),
    })),
    people: [...people],
  };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
