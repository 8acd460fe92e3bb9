/** The hover card: the claim, who said it, how this page differs, and where the sources differ. */
import type { ClaimView } from '../core/claim-view';
import type { Scheme } from '../core/contrast';
import type { DatasetIndex } from '../core/dataset';
import type { PageDifference } from '../core/page-compare';
import { openRecord } from './open-record';
import { PageSection } from './PageSection';
import { Differences } from '../shared/Differences';
import { Timeline } from '../shared/Timeline';
import { formatEventDays, formatLanguage } from '../shared/format';
import { t, uiDirection, uiLocale } from '../shared/i18n';
import { Message, Own } from '../shared/Message';

export interface CardProps {
  readonly view: ClaimView;
  /** How this page differs from the record, where it does. */
  readonly page: PageDifference | null;
  readonly index: DatasetIndex;
  /** The page's at the quote: the card matches it. */
  readonly scheme: Scheme;
}

/**
 * The card is in the reader's language and direction, whatever the page's: its root says so,
 * as a shadow root inherits the page's direction. The claim is the record's words, in theirs.
 * Its colours are the page's at the quote (`scheme`).
 */
export function Card({ view, page, index, scheme }: CardProps) {
  return (
    <div
      class={`card ${scheme}`}
      role="dialog"
      aria-label={t('cardLabel')}
      tabIndex={-1}
      lang={uiLocale()}
      dir={uiDirection()}
    >
      <p class="statement" dir="auto">
        {view.statement}
        {view.translatedFrom !== null && (
          <span class="meta" dir={uiDirection()}>
            {' ('}
            {t('translatedFrom', formatLanguage(view.translatedFrom))})
          </span>
        )}
      </p>
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
        <br />
        <span class="meta">
          <Message
            name="claimEvent"
            args={[<Own>{view.event.title}</Own>, formatEventDays(view.event)]}
          />
        </span>
        <br />
        <button
          type="button"
          class="record"
          title={t('recordOpenTitle')}
          onClick={(event) => openRecord(event, view.claimId)}
        >
          {t('recordOpen')}
        </button>
      </p>
      {page !== null && <PageSection page={page} index={index} />}
      <Differences differences={view.differences} />
      <h2>{t('spreadHeading')}</h2>
      <Timeline entries={view.spread} />
    </div>
  );
}
