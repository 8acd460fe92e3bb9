/**
 * Loaded only on pages that name someone in the dataset: finds the claims, compares the page
 * with the record, paints the claims by kind, shows the card on hover or on command, says how
 * many claims there are to screen readers, and tells the background what it found. `run` is
 * called again when the page changes.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import dataset from 'virtual:sourcelight/dataset';
import { compileAnalyzerInSteps, type FoundClaim, type PageAnalysis } from '../core/analyze';
import { viewClaim } from '../core/claim-view';
import { indexDataset } from '../core/dataset';
import {
  comparePage,
  highlightKind,
  type HighlightKind,
  type PageDifference,
} from '../core/page-compare';
import { parseContentRequest, type Ack, type ClaimsFound } from '../core/protocol';
import { t } from '../shared/i18n';
import { CardHost } from './card-host';
import type { HighlightStyle } from '../core/settings';
import { paintActive, paintClaims, paintingFor } from './highlights';
import { watchHover, type HoverTarget } from './hover';
import { rangesFor, type PageText } from './page-text';
import { analyzePage, inTasks, nextTask } from './slices';
import { planReread } from '../core/reread';

export interface Annotation {
  readonly found: FoundClaim;
  readonly page: PageDifference | null;
  readonly kind: HighlightKind;
}

export interface PageAnnotator {
  /** Reads `page` afresh: finds, paints and reports its claims. */
  run(page: PageText): Promise<void>;
}

/** The keyboard command that moves through the claims (also the manifest's `next-claim`). */
const isNextClaimKey = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && event.code === 'KeyS';

export async function annotatePage(
  signal: AbortSignal,
  style: HighlightStyle = 'marker',
): Promise<PageAnnotator> {
  // The same pipeline `npm run eval` measures, made a task per step: compiled in one go, cold,
  // it took a task of 40-65 ms on a person's first named page.
  const analyzer = await inTasks(compileAnalyzerInSteps(dataset));
  const index = indexDataset(dataset);
  const card = new CardHost(document);
  let targets: HoverTarget<Annotation>[] = [];
  let announced = -1;
  let previous: { page: PageText; analysis: PageAnalysis } | null = null;
  signal.addEventListener('abort', () => card.remove());

  const hover = watchHover(
    document,
    () => targets,
    {
      isOwnUi: (target) => card.contains(target),
      enter({ value, range }) {
        const view = viewClaim(index, value.found.id);
        if (view === null) return;
        paintActive(range);
        // Anchor on the whole quote, not the hovered line, so the card covers none of it.
        card.show({ view, page: value.page, index }, range.getBoundingClientRect());
      },
      leave() {
        paintActive(null);
        card.hide();
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
        : targets.find((target) => target.value.found.id === claimId);
    if (next === undefined) return false;
    next.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: 'instant',
    });
    hover.open(next);
    card.focus();
    return true;
  }

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Runtime.MessageSender): Promise<Ack> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(message);
      return request === null ? undefined : Promise.resolve({ ok: showClaim(request.claimId) });
    },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (isNextClaimKey(event) && showClaim()) event.preventDefault();
    },
    { capture: true, signal },
  );

  function annotate(page: PageText, found: FoundClaim, range: Range): HoverTarget<Annotation> {
    // The page's own language: a finding by keywords is in a translation no source prints.
    const language = found.language ?? index.source(found.via)?.language ?? 'en';
    const difference = comparePage(page, { claimId: found.id, ...found, language }, index);
    return {
      range,
      value: { found, page: difference, kind: highlightKind(index.claim(found.id)!, difference) },
    };
  }

  return {
    async run(page) {
      // After a change (a live blog's new entry), only the stretch that changed is read again.
      const plan = previous === null ? null : planReread(previous.page, previous.analysis, page);
      const analysis = await analyzePage(analyzer, page, plan);
      // Comparing each claim with the record and painting them: a task of its own (index.ts).
      await nextTask();
      previous = { page, analysis };
      const ranges = rangesFor(page, analysis.claims);
      targets = analysis.claims.map((found, k) => annotate(page, found, ranges[k]!));
      paintClaims(
        targets.map(({ range, value }) => ({ range, kind: value.kind })),
        paintingFor(style, page.pageCharacters),
      );
      const claims = new Set(analysis.claims.map((c) => c.id)).size;
      if (claims !== announced && claims > 0) card.announce(t('liveSummary', String(claims)));
      announced = claims;
      void report(analysis);
    },
  };
}

/** Tells the background which claims this page prints and whom it names, for the badge and popup. */
async function report(analysis: PageAnalysis): Promise<void> {
  const occurrences = new Map<string, number>();
  for (const claim of analysis.claims)
    occurrences.set(claim.id, (occurrences.get(claim.id) ?? 0) + 1);
  const message: ClaimsFound = {
    type: 'claims-found',
    claims: [...occurrences].map(([claimId, count]) => ({ claimId, occurrences: count })),
    people: [...analysis.people],
  };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
