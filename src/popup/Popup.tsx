/** The popup: every claim found on the current page, with its sources. */
import { Differences } from '../shared/Differences';
import { SourceList } from '../shared/SourceList';
import { t } from '../shared/i18n';
import '../shared/differences.css';
import type { PopupState } from './popup-state';

function Body({ state }: { state: PopupState }) {
  switch (state.kind) {
    case 'not-scanned':
      return <p class="empty">{t('popupNotScanned')}</p>;
    case 'error':
      return <p class="empty">{t('popupError', state.error)}</p>;
    case 'claims':
      if (state.claims.length === 0) return <p class="empty">{t('popupNothingFound')}</p>;
      return (
        <ul class="claims">
          {state.claims.map(({ view, occurrences }) => (
            <li class="claim" key={view.claimId} data-claim-id={view.claimId}>
              <p class="statement">{view.statement}</p>
              <p class="speaker">
                {view.speaker === null
                  ? t('cardUnknownSpeaker')
                  : `${t('cardSaidBy')} ${view.speaker}`}
                {' · '}
                {t('popupPrinted', String(occurrences))}
              </p>
              <Differences differences={view.differences} />
              <SourceList sources={view.sources} />
            </li>
          ))}
        </ul>
      );
  }
}

export function Popup({ state }: { state: PopupState }) {
  return (
    <>
      <h1>{t('popupTitle')}</h1>
      <Body state={state} />
      <footer>{t('popupPrivacy')}</footer>
    </>
  );
}
