/** The popup: every claim found on the current page, grouped by speaker, with sources and differences. */
import type { ListedClaim, PopupState } from './popup-state';
import { showOnPage } from './popup-state';
import { Differences, KIND } from '../shared/Differences';
import { SourceList } from '../shared/SourceList';
import { t } from '../shared/i18n';
import '../shared/differences.css';

/** The differences worth a glance, for the summary line: who said it, and each fact not agreed on. */
function differenceChips(view: ListedClaim['view']): { label: string; verdict: string }[] {
  const { credits, details } = view.differences;
  return [
    ...(credits === null ? [] : [{ label: t('diffCredits'), verdict: 'conflict' }]),
    ...details
      .filter((d) => d.verdict === 'conflict' || d.verdict === 'precision')
      .map((d) => ({ label: `${d.about} · ${t(KIND[d.type])}`, verdict: d.verdict })),
  ];
}

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
  const chips = differenceChips(view);
  return (
    <li class="claim" data-claim-id={view.claimId}>
      <button
        type="button"
        class="statement"
        title={t('popupShow')}
        onClick={() => void showOnPage(tabId, view.claimId).then(onShown)}
      >
        <span class="marked">{view.statement}</span>
      </button>
      <details>
        <summary>
          {t('popupSummary', String(view.sources.length), String(occurrences))}
          {chips.map((chip) => (
            <span class={`verdict ${chip.verdict}`} key={chip.label}>
              {chip.label}
            </span>
          ))}
        </summary>
        <Differences differences={view.differences} />
        <SourceList sources={view.sources} />
      </details>
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
