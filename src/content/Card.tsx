/** The hover card: the claim, who said it, how this page differs, and where the sources differ. */
import type { ClaimView } from '../core/claim-view';
import type { Scheme } from '../core/contrast';
import type { DatasetIndex } from '../core/dataset';
import type { PageDifference } from '../core/page-compare';
import { PageSection } from './PageSection';
import { Differences } from '../shared/Differences';
import { SourceList } from '../shared/SourceList';
import { formatDate, languageName, t } from '../shared/i18n';

export interface CardProps {
  readonly view: ClaimView;
  /** How this page differs from the record, where it does. */
  readonly page: PageDifference | null;
  readonly index: DatasetIndex;
  /** The page's at the quote: the card matches it. */
  readonly scheme: Scheme;
}

export function Card({ view, page, index, scheme }: CardProps) {
  return (
    <div class={`card ${scheme}`} role="dialog" aria-label={t('cardLabel')} tabIndex={-1}>
      <p class="statement">
        {view.statement}
        {view.translatedFrom !== null && (
          <span class="meta"> ({t('translatedFrom', languageName(view.translatedFrom))})</span>
        )}
      </p>
      <p class="speaker">
        {view.speaker === null ? (
          t('cardUnknownSpeaker')
        ) : (
          <>
            {t('cardSaidBy')} <strong>{view.speaker}</strong>
          </>
        )}
        <br />
        <span class="meta">{t('claimEvent', view.event.title, formatDate(view.event.date))}</span>
      </p>
      {page !== null && <PageSection page={page} index={index} />}
      <Differences differences={view.differences} />
      <h2>{t('cardSources')}</h2>
      <SourceList sources={view.sources} />
    </div>
  );
}
