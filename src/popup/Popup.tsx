/** The popup: every claim found on the current page, grouped by speaker, with sources and differences. */
import type { ListedClaim, PopupState } from './popup-state';
import { showOnPage } from './popup-state';
import { Differences } from '../shared/Differences';
import { SourceList } from '../shared/SourceList';
import { t } from '../shared/i18n';
import '../shared/differences.css';

function Claim({
  claim,
  tabId,
  onShown,
}: {
  claim: ListedClaim;
  tabId: number;
  onShown: () => void;
}) {
  const { view, occurrences } = claim;
  return (
    <li class="claim" data-claim-id={view.claimId}>
      <button
        type="button"
        class="statement"
        title={t('popupShow')}
        onClick={() => void showOnPage(tabId, view.claimId).then(onShown)}
      >
        {view.statement}
      </button>
      <p class="printed">{t('popupPrinted', String(occurrences))}</p>
      <Differences differences={view.differences} />
      <SourceList sources={view.sources} />
    </li>
  );
}

function Body({ state, onShown }: { state: PopupState; onShown: () => void }) {
  switch (state.kind) {
    case 'not-scanned':
      return <p class="empty">{t('popupNotScanned')}</p>;
    case 'names-only':
      return <p class="empty">{t('popupNamesNoClaims', state.people.join(', '))}</p>;
    case 'error':
      return <p class="empty">{t('popupError', state.error)}</p>;
    case 'claims':
      return (
        <>
          {state.groups.map((group) => (
            <section class="speaker-group" key={group.speaker ?? ''}>
              <h2>
                {group.speaker === null
                  ? t('popupGroupFacts')
                  : `${t('cardSaidBy')} ${group.speaker}`}
              </h2>
              <ul class="claims">
                {group.items.map((claim) => (
                  <Claim
                    key={claim.view.claimId}
                    claim={claim}
                    tabId={state.tabId}
                    onShown={onShown}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      );
  }
}

export function Popup({ state, onShown }: { state: PopupState; onShown: () => void }) {
  return (
    <>
      <h1>{t('popupTitle')}</h1>
      <Body state={state} onShown={onShown} />
      <footer>{t('popupPrivacy')}</footer>
    </>
  );
}
