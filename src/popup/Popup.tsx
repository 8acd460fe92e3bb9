/**
 * The popup: every claim found on the current page, grouped by the event it was made at (where
 * the page carries claims of several) and by speaker, with differences and how each spread; and,
 * on any page, every known claim to browse and search.
 */
import { useState } from 'preact/hooks';
import type { EventGroup, EventView, SpeakerGroup } from '../core/claim-view';
import { recordPath } from '../core/record-link';
import type { ListedClaim, PopupState } from './popup-state';
import { openRecordTab, showOnPage } from './popup-state';
import { Differences, KIND } from '../shared/Differences';
import { Timeline } from '../shared/Timeline';
import { formatCount, formatEventDays, formatLanguage } from '../shared/format';
import { t } from '../shared/i18n';
import { List, Message, Own } from '../shared/Message';
import '../shared/differences.css';

interface Chip {
  /** What the dataset says the fact is about ("date of the call"); null for who said it. */
  readonly about: string | null;
  readonly label: string;
  readonly verdict: string;
}

/** The differences worth a glance, for the summary line: who said it, and each fact not agreed on. */
function differenceChips(view: ListedClaim['view']): Chip[] {
  const { credits, details } = view.differences;
  return [
    ...(credits === null ? [] : [{ about: null, label: t('diffCredits'), verdict: 'conflict' }]),
    ...details
      .filter((d) => d.verdict === 'conflict' || d.verdict === 'precision')
      .map((d) => ({ about: d.about, label: t(KIND[d.type]), verdict: d.verdict })),
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
        dir="auto"
        title={t('popupShow')}
        onClick={() => void showOnPage(tabId, view.claimId).then(onShown)}
      >
        <span class="marked">{view.statement}</span>
      </button>
      {view.translatedFrom !== null && (
        <p class="meta translated">{t('translatedFrom', formatLanguage(view.translatedFrom))}</p>
      )}
      <details>
        <summary>
          {t('popupSummary', formatCount(view.sources.length), formatCount(occurrences))}
          {chips.map((chip) => (
            <span class={`verdict ${chip.verdict}`} key={`${chip.about}·${chip.label}`}>
              {chip.about !== null && (
                <>
                  <Own>{chip.about}</Own>
                  {' · '}
                </>
              )}
              {chip.label}
            </span>
          ))}
        </summary>
        <Differences differences={view.differences} />
        <h2>{t('spreadHeading')}</h2>
        <Timeline entries={view.spread} />
        <button
          type="button"
          class="record"
          title={t('recordOpenTitle')}
          onClick={() => void openRecordTab(view.claimId).then(onShown)}
        >
          {t('recordOpen')}
        </button>
      </details>
    </li>
  );
}

function Body({ state, onShown }: { state: PopupState; onShown: () => void }) {
  switch (state.kind) {
    case 'not-scanned':
      return <p class="empty">{t('popupNotScanned')}</p>;
    case 'names-only':
      return (
        <p class="empty">
          <Message name="popupNamesNoClaims" args={[<List items={state.people} style="prose" />]} />
        </p>
      );
    case 'error':
      return (
        <p class="empty">
          <Message name="popupError" args={[<Own>{state.error}</Own>]} />
        </p>
      );
    case 'claims':
      return <ClaimGroups groups={state.groups} tabId={state.tabId} onShown={onShown} />;
  }
}

const eventText = (event: EventView, message: 'claimEvent' | 'eventHeading') => (
  <Message name={message} args={[<Own>{event.title}</Own>, formatEventDays(event)]} />
);

/** One event: its claims by speaker. Under several events, a speaker's heading is one level down. */
function ClaimGroups({
  groups,
  tabId,
  onShown,
}: {
  groups: readonly EventGroup<ListedClaim>[];
  tabId: number;
  onShown: () => void;
}) {
  if (groups.length === 1) {
    const [only] = groups as [EventGroup<ListedClaim>];
    return (
      <>
        <p class="meta event">{eventText(only.event, 'claimEvent')}</p>
        <Speakers groups={only.speakers} tabId={tabId} onShown={onShown} nested={false} />
      </>
    );
  }
  return (
    <>
      {groups.map((group) => (
        <section class="event-group" key={group.event.id}>
          <h2 class="event">{eventText(group.event, 'eventHeading')}</h2>
          <Speakers groups={group.speakers} tabId={tabId} onShown={onShown} nested={true} />
        </section>
      ))}
    </>
  );
}

function Speakers({
  groups,
  tabId,
  onShown,
  nested,
}: {
  groups: readonly SpeakerGroup<ListedClaim>[];
  tabId: number;
  onShown: () => void;
  nested: boolean;
}) {
  const Heading = nested ? 'h3' : 'h2';
  return (
    <>
      {groups.map((group) => (
        <section class="speaker-group" key={group.speaker ?? ''}>
          <Heading>
            {group.speaker === null ? (
              t('popupGroupFacts')
            ) : (
              <Message name="cardSaidBy" args={[<Own>{group.speaker}</Own>]} />
            )}
          </Heading>
          <ul class="claims">
            {group.items.map((claim) => (
              <Claim key={claim.view.claimId} claim={claim} tabId={tabId} onShown={onShown} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The browse list's module, loaded when the reader first asks for it (browse-data.ts). */
type BrowseModule = typeof import('./browse-data');

/** A record's link, from the popup's own page. */
const recordHref = (claimId: string) => `../../${recordPath(claimId)}`;

export function Popup({ state, onShown }: { state: PopupState; onShown: () => void }) {
  const [browse, setBrowse] = useState<BrowseModule | null>(null);
  const [browsing, setBrowsing] = useState(false);
  const toggle = () => {
    if (browsing) return setBrowsing(false);
    void import('./browse-data').then((module) => {
      setBrowse(module);
      setBrowsing(true);
    });
  };
  return (
    <>
      <header class="top">
        <h1>{t(browsing ? 'browseTitle' : 'popupTitle')}</h1>
        <button type="button" class="switch" onClick={toggle}>
          {t(browsing ? 'browseBack' : 'browseOpen')}
        </button>
      </header>
      {browsing && browse !== null ? (
        <browse.Browse
          claims={browse.claims}
          href={recordHref}
          onOpen={(claimId) => void openRecordTab(claimId).then(onShown)}
          focus
        />
      ) : (
        <Body state={state} onShown={onShown} />
      )}
      <footer>{t('popupPrivacy')}</footer>
    </>
  );
}
