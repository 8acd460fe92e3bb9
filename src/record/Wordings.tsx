/**
 * Each source's words against the statement: an English wording word by word (wording.ts, as
 * the build derived it: words added, words left out), one the same as the statement's said to
 * be so; a wording in another language shown as printed, in its own direction, as it is not
 * compared word by word; and a source that prints none, said to state only details.
 */
import type { Claim } from '../core/dataset';
import type { SpreadEntry } from '../core/spread';
import { Wording } from '../shared/Differences';
import { formatLanguage } from '../shared/format';
import { t } from '../shared/i18n';
import { Message, Own } from '../shared/Message';

/** The language the statements are written in (scripts/dataset/derive.ts compares only it). */
const STATEMENT_LANGUAGE = 'en';

/** Words, as the build compares them (wording.ts): runs between spaces. */
const wordCount = (text: string) => text.trim().split(/\s+/).length;

function Words({ claim, entry }: { claim: Claim; entry: SpreadEntry }) {
  const { source } = entry;
  if (source.wording === null) return <span class="meta">{t('recordNoWording')}</span>;
  if (source.language.split('-')[0] !== STATEMENT_LANGUAGE || claim.kind !== 'quote')
    return (
      <>
        <span class="wording" dir="auto" lang={source.language}>
          {t('quoteOpen')}
          {source.wording}
          {t('quoteClose')}
        </span>
        {claim.kind === 'quote' && (
          <span class="meta">{t('recordWordingOther', formatLanguage(source.language))}</span>
        )}
      </>
    );
  const difference = claim.differences.wording.find((w) => w.source === source.sourceId);
  return (
    <>
      <Wording parts={difference?.parts ?? [['=', source.wording]]} />
      <span class="meta">
        {difference !== undefined
          ? t(difference.excerpt ? 'recordWordingExcerpt' : 'recordWordingChanged')
          : t(
              wordCount(source.wording) < wordCount(claim.statement)
                ? 'recordWordingPart'
                : 'recordWordingSame',
            )}
      </span>
    </>
  );
}

export function Wordings({ claim, spread }: { claim: Claim; spread: readonly SpreadEntry[] }) {
  return (
    <ul class="wordings">
      {spread.map((entry) => (
        <li key={entry.source.sourceId}>
          <Message
            name="diffOutletWording"
            args={[
              <span class="outlet">
                <Own>{entry.source.outlet}</Own>
              </span>,
              <Words claim={claim} entry={entry} />,
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
