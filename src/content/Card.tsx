/** The hover card: the claim, who said it, and the sources that carry it. */
import type { ClaimView } from '../core/claim-view';
import { Differences } from '../shared/Differences';
import { SourceList } from '../shared/SourceList';
import { t } from '../shared/i18n';

export function Card({ view }: { view: ClaimView }) {
  return (
    <div class="card" role="dialog" aria-label={t('cardLabel')}>
      <p class="statement">{view.statement}</p>
      <p class="speaker">
        {view.speaker === null ? (
          t('cardUnknownSpeaker')
        ) : (
          <>
            {t('cardSaidBy')} <strong>{view.speaker}</strong>
          </>
        )}
      </p>
      <Differences differences={view.differences} />
      <h2>{t('cardSources')}</h2>
      <SourceList sources={view.sources} />
    </div>
  );
}
