/**
 * Loaded only on pages that name someone in the dataset: finds the claims, compares the page
 * with the record, paints the claims by kind, shows the card on hover, and tells the
 * background what it found. `run` can be called again when the page changes.
 */
import browser from 'webextension-polyfill';
import dataset from 'virtual:sourcelight/dataset';
import { compileAnalyzer, type FoundClaim, type PageAnalysis } from '../core/analyze';
import { viewClaim } from '../core/claim-view';
import { indexDataset } from '../core/dataset';
import {
  comparePage,
  highlightKind,
  type HighlightKind,
  type PageDifference,
} from '../core/page-compare';
import type { ClaimsFound } from '../core/protocol';
import { CardHost } from './card-host';
import { paintActive, paintClaims, type HighlightStyle } from './highlights';
import { watchHover, type HoverTarget } from './hover';
import { rangeFor, type PageText } from './page-text';

export interface Annotation {
  readonly found: FoundClaim;
  readonly page: PageDifference | null;
  readonly kind: HighlightKind;
}

export interface PageAnnotator {
  /** Reads `page` afresh: finds, paints and reports its claims. */
  run(page: PageText): void;
}

export function annotatePage(signal: AbortSignal, style: HighlightStyle = 'marker'): PageAnnotator {
  // The same pipeline `npm run eval` measures.
  const analyzer = compileAnalyzer(dataset);
  const index = indexDataset(dataset);
  const card = new CardHost(document);
  let targets: HoverTarget<Annotation>[] = [];
  signal.addEventListener('abort', () => card.remove());

  watchHover(
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

  function annotate(page: PageText, found: FoundClaim): HoverTarget<Annotation> {
    const language = index.source(found.via)?.language ?? 'en';
    const difference = comparePage(page.text, { claimId: found.id, ...found, language }, index);
    const claim = index.claim(found.id)!;
    return {
      range: rangeFor(page, found.start, found.end),
      value: { found, page: difference, kind: highlightKind(claim, difference) },
    };
  }

  return {
    run(page) {
      const analysis = analyzer.analyze(page.text);
      targets = analysis.claims.map((found) => annotate(page, found));
      paintClaims(
        targets.map(({ range, value }) => ({ range, kind: value.kind })),
        style,
      );
      void report(analysis);
    },
  };
}

/** Tells the background which claims this page prints, so the badge and popup can say. */
async function report(analysis: PageAnalysis): Promise<void> {
  const occurrences = new Map<string, number>();
  for (const claim of analysis.claims)
    occurrences.set(claim.id, (occurrences.get(claim.id) ?? 0) + 1);
  const message: ClaimsFound = {
    type: 'claims-found',
    claims: [...occurrences].map(([claimId, count]) => ({ claimId, occurrences: count })),
  };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
