/** Where the sources of a claim differ: whom they credit, each fact they state, their wording. */
import type { Verdict, WordingPart } from '../core/compare';
import type { DetailView, DifferencesView, ValueGroup } from '../core/difference-view';
import { formatDate, formatValue } from './format';
import { t, type MessageName } from './i18n';
import { List, Message, Own, Quote } from './Message';

export const VERDICT: Record<Verdict, MessageName> = {
  conflict: 'verdictConflict',
  precision: 'verdictPrecision',
  conversion: 'verdictConversion',
  agree: 'verdictAgree',
  single: 'verdictSingle',
};

export const KIND: Record<DetailView['type'], MessageName> = {
  date: 'kindDate',
  age: 'kindAge',
  amount: 'kindAmount',
  place: 'kindPlace',
  person: 'kindPerson',
  count: 'kindCount',
  duration: 'kindDuration',
};

function Group({ group }: { group: ValueGroup }) {
  const shown = formatValue(group.value);
  const printed = group.printed.filter((p) => p !== shown);
  const undated =
    group.value.type === 'date' && group.value.resolvedAgainst?.basis === 'event'
      ? group.value.resolvedAgainst.date
      : null;
  return (
    <li>
      <strong>
        <Own>{shown}</Own>
      </strong>
      {printed.length > 0 && (
        <span class="printed">
          {' ('}
          <List items={printed} style="brief" Item={Quote} />
          {')'}
        </span>
      )}
      <span class="meta">
        {' · '}
        <List items={group.outlets} style="brief" />
      </span>
      {undated !== null && <span class="meta"> · {t('diffUndated', formatDate(undated))}</span>}
    </li>
  );
}

function Detail({ detail }: { detail: DetailView }) {
  return (
    <div class="detail" data-verdict={detail.verdict}>
      <p class="about">
        <Own>{detail.about}</Own> · {t(KIND[detail.type])}{' '}
        <span class={`verdict ${detail.verdict}`}>{t(VERDICT[detail.verdict])}</span>
      </p>
      <ul>
        {detail.groups.map((group, i) => (
          <Group key={i} group={group} />
        ))}
        {detail.silent.length > 0 && (
          <li class="meta">
            <Message name="diffSilent" args={[<List items={detail.silent} style="brief" />]} />
          </li>
        )}
      </ul>
    </div>
  );
}

/** Punctuation-only changes are not shown: they carry no meaning for the reader. */
const meaningful = ([op, text]: WordingPart) => op === '=' || /[\p{L}\p{N}]/u.test(text);

/**
 * A source's wording against the full quote, quoted with the reader's language's marks. It is
 * a block in its own direction (`dir="auto"`): an English wording wrapped over lines of an
 * Arabic card reads line by line from the left, and an Arabic one in an English card from the
 * right. (No <bdi> inside: `dir="auto"` looks past isolates for the first letter.)
 */
export function Wording({ parts }: { parts: readonly WordingPart[] }) {
  return (
    <span class="wording" dir="auto">
      {t('quoteOpen')}
      {parts.filter(meaningful).map(([op, text], i) => {
        const spaced = i === 0 ? text : ` ${text}`;
        if (op === '+') return <ins key={i}>{spaced}</ins>;
        if (op === '-') return <del key={i}>{spaced}</del>;
        return <span key={i}>{spaced}</span>;
      })}
      {t('quoteClose')}
    </span>
  );
}

export function Differences({ differences }: { differences: DifferencesView }) {
  const { credits, details, wording } = differences;
  if (credits === null && details.length === 0 && wording.length === 0) return null;
  return (
    <section class="differences">
      <h2>{t('diffHeading')}</h2>
      {credits !== null && (
        <div class="detail" data-verdict="conflict">
          <p class="about">
            {t('diffCredits')} <span class="verdict conflict">{t('verdictConflict')}</span>
          </p>
          <ul>
            {credits.map((credit) => (
              <li key={credit.person ?? ''}>
                <strong>
                  {credit.person === null ? t('diffNoSpeaker') : <Own>{credit.person}</Own>}
                </strong>
                <span class="meta">
                  {' · '}
                  <List items={credit.outlets} style="brief" />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {details.map((detail) => (
        <Detail key={detail.about} detail={detail} />
      ))}
      {wording.length > 0 && (
        <div class="detail">
          <p class="about">{t('diffWording')}</p>
          <ul>
            {wording.map((w) => (
              <li key={w.outlet}>
                <Message
                  name="diffOutletWording"
                  args={[
                    <span class="meta">
                      <Own>{w.outlet}</Own>
                    </span>,
                    <Wording parts={w.parts} />,
                  ]}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
