/**
 * Loaded only on pages that name someone in the dataset: finds the claims, reports them
 * to the background, paints them and shows the card on hover.
 */
import browser from 'webextension-polyfill';
import dataset from 'virtual:sourcelight/dataset';
import { viewClaim } from '../core/claim-view';
import { indexDataset } from '../core/dataset';
import { comparePage } from '../core/page-compare';
import { compileAnalyzer, type FoundClaim } from '../core/analyze';
import type { ClaimsFound } from '../core/protocol';
import { CardHost } from './card-host';
import { paintActive, paintClaims } from './highlights';
import { watchHover, type HoverTarget } from './hover';
import { rangeFor, type PageText } from './page-text';

export async function annotatePage(
  page: PageText,
  signal = new AbortController().signal,
): Promise<void> {
  // The same pipeline `npm run eval` measures.
  const matches = compileAnalyzer(dataset).analyze(page.text).claims;
  await report(matches);
  if (matches.length === 0) return;

  const index = indexDataset(dataset);
  const targets: HoverTarget<FoundClaim>[] = matches.map((m) => ({
    range: rangeFor(page, m.start, m.end),
    value: m,
  }));
  paintClaims(targets.map((target) => target.range));

  const card = new CardHost(document);
  signal.addEventListener('abort', () => card.remove());
  watchHover(
    document,
    targets,
    {
      isOwnUi: (target) => card.contains(target),
      enter({ value: found, range }) {
        const view = viewClaim(index, found.id);
        if (view === null) return;
        const language = index.source(found.via)?.language ?? 'en';
        const pageDifference = comparePage(
          page.text,
          { claimId: found.id, ...found, language },
          index,
        );
        paintActive(range);
        // Anchor on the whole quote, not the hovered line, so the card covers none of it.
        card.show({ view, page: pageDifference, index }, range.getBoundingClientRect());
      },
      leave() {
        paintActive(null);
        card.hide();
      },
    },
    signal,
  );
}

/** Tells the background which claims this page prints, so the badge and popup can say. */
async function report(matches: readonly FoundClaim[]): Promise<void> {
  const occurrences = new Map<string, number>();
  for (const match of matches) occurrences.set(match.id, (occurrences.get(match.id) ?? 0) + 1);
  const message: ClaimsFound = {
    type: 'claims-found',
    claims: [...occurrences].map(([claimId, count]) => ({ claimId, occurrences: count })),
  };
  await browser.runtime.sendMessage(message);
}
