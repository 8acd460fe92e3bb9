/**
 * A claim's full record: the claim and who said it, its event, how it spread, every source,
 * the differences side by side, each wording against the statement, and what else was said at
 * the same event. Printable (record.css's print rules).
 */
import type { ClaimView } from '../core/claim-view';
import type { DatasetIndex } from '../core/dataset';
import { sideBySide } from '../core/side-by-side';
import { formatCount, formatEventDays, formatLanguage } from '../shared/format';
import { t } from '../shared/i18n';
import { Message, Own } from '../shared/Message';
import { Timeline } from '../shared/Timeline';
import { SideBySideTable } from './SideBySideTable';
import { SourcesTable } from './SourcesTable';
import { Wordings } from './Wordings';

export function Record({ view, index }: { view: ClaimView; index: DatasetIndex }) {
  const claim = index.claim(view.claimId)!;
  const event = index.event(claim.event);
  const place = event?.place == null ? null : (index.place(event.place)?.name ?? event.place);
  const others = index.dataset.claims.filter((c) => c.event === claim.event && c.id !== claim.id);
  return (
    <article class="record" data-claim-id={view.claimId}>
      <p class="kicker">{t('recordHeading')}</p>
      <h1 class="statement" dir="auto">
        {view.statement}
      </h1>
      {view.translatedFrom !== null && (
        <p class="meta">{t('translatedFrom', formatLanguage(view.translatedFrom))}</p>
      )}
      <p class="speaker">
        {view.speaker === null ? (
          t('cardUnknownSpeaker')
        ) : (
          <Message
            name="cardSaidBy"
            args={[
              <strong>
                <Own>{view.speaker}</Own>
              </strong>,
            ]}
          />
        )}
      </p>
      <p class="event">
        <Message
          name="claimEvent"
          args={[<Own>{view.event.title}</Own>, formatEventDays(view.event)]}
        />
        {place !== null && (
          <>
            {' · '}
            <Message name="recordPlace" args={[<Own>{place}</Own>]} />
          </>
        )}
      </p>

      <section>
        <h2>{t('spreadHeading')}</h2>
        <Timeline entries={view.spread} />
      </section>
      <section>
        <h2>{t('cardSources')}</h2>
        <SourcesTable spread={view.spread} />
      </section>
      <section>
        <h2>{t('recordSideBySide')}</h2>
        <SideBySideTable table={sideBySide(claim, index, view.spread)} />
      </section>
      <section>
        <h2>{t('recordWordings')}</h2>
        <Wordings claim={claim} spread={view.spread} />
      </section>
      {others.length > 0 && (
        <details class="same-event">
          <summary>{t('recordSameEvent', formatCount(others.length))}</summary>
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <a href={`#${encodeURIComponent(other.id)}`} dir="auto">
                  {other.statement}
                </a>
                {other.speaker !== null && (
                  <span class="meta">
                    {' · '}
                    <Own>{index.person(other.speaker)?.name ?? other.speaker}</Own>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <footer>{t('popupPrivacy')}</footer>
    </article>
  );
}
