/**
 * How a claim spread (core/spread.ts), as an ordered list a screen reader reads as one: each
 * source's day, outlet (a link, so the list is reached by Tab), language and kind in words,
 * and what it marks (the first appearance, a changed credit or detail). The rail of dots beside
 * it (differences.css) shows the same at a glance: an original's dot filled, a copy's hollow, a
 * rewrite's a diamond, a translation's half filled.
 */
import type { SourceView } from '../core/claim-view';
import type { SourceKind } from '../core/dataset';
import type { SpreadEntry } from '../core/spread';
import { formatDate, formatLanguage, formatValue } from './format';
import { t, type MessageName } from './i18n';
import { Message, Own } from './Message';

const KIND_NAME: Record<SourceKind, MessageName> = {
  transcript: 'spreadKindTranscript',
  report: 'spreadKindReport',
  opinion: 'spreadKindOpinion',
  copy: 'spreadKindCopy',
  rewrite: 'spreadKindRewrite',
  translation: 'spreadKindTranslation',
};

/** Of what another outlet printed: named where the record knows which. */
const KIND_OF: Partial<Record<SourceKind, MessageName>> = {
  copy: 'spreadCopyOf',
  rewrite: 'spreadRewriteOf',
  translation: 'spreadTranslationOf',
};

export function SourceKindText({ source }: { source: SourceView }) {
  const of = KIND_OF[source.kind];
  return of === undefined || source.copyOf === null ? (
    <>{t(KIND_NAME[source.kind])}</>
  ) : (
    <Message name={of} args={[<Own>{source.copyOf}</Own>]} />
  );
}

export const sourceDate = (source: SourceView) =>
  source.published === null ? t('cardDateUnknown') : formatDate(source.published);

const Changed = () => <span class="verdict conflict">{t('spreadChanged')}</span>;

/**
 * One source. A day the entry before gave too is not drawn, only said to screen readers: the
 * list reads as days at a glance, and each entry still says its day to one who hears it.
 */
function Entry({ entry, again }: { entry: SpreadEntry; again: boolean }) {
  const { source, first, creditChanged, changes } = entry;
  return (
    <li data-kind={source.kind} class={first ? 'first' : undefined}>
      <span class={again ? 'again' : 'day'}>
        {sourceDate(source)}
        {' · '}
      </span>
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        title={source.title ?? source.url}
      >
        <Own>{source.outlet}</Own>
      </a>
      <span class="meta">
        {' · '}
        {formatLanguage(source.language)}
        {' · '}
        <SourceKindText source={source} />
      </span>
      {first && (
        <>
          {' '}
          <span class="verdict">{t('spreadFirst')}</span>
        </>
      )}
      {source.attributionDiffers && (
        <span class="differs">
          {' '}
          {creditChanged && <Changed />}{' '}
          <Message name="sourceCredits" args={[<Own>{source.attributedTo}</Own>]} />
        </span>
      )}
      {changes.map((change) => (
        <span class="differs" key={change.about}>
          {' '}
          <Changed />{' '}
          <Message
            name="spreadDetail"
            args={[<Own>{change.about}</Own>, <Own>{formatValue(change.value)}</Own>]}
          />
        </span>
      ))}
    </li>
  );
}

export function Timeline({ entries }: { entries: readonly SpreadEntry[] }) {
  return (
    <ol class="spread">
      {entries.map((entry, k) => (
        <Entry
          key={entry.source.sourceId}
          entry={entry}
          again={k > 0 && entries[k - 1]!.source.published === entry.source.published}
        />
      ))}
    </ol>
  );
}
