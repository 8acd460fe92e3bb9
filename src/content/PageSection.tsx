/** How this page differs from the record: whom it credits, its wording, the details it prints. */
import type { DatasetIndex } from '../core/dataset';
import type { PageDifference } from '../core/page-compare';
import type { WordingPart } from '../core/compare';
import { wordChanges } from '../core/wording';
import { formatCount } from '../shared/format';
import { t, type MessageName } from '../shared/i18n';
import { Message, Own, Quote } from '../shared/Message';

const VERDICT: Record<PageDifference['details'][number]['verdict'], MessageName> = {
  conflict: 'pageDetailConflict',
  precision: 'pageDetailPrecision',
  conversion: 'verdictConversion',
  agree: 'pageDetailAgree',
};

/** Whom this page credits, against the sources. */
function Credit({ credit, name }: { credit: NonNullable<PageDifference['credit']>; name: Namer }) {
  const person = credit.page === null ? null : <Own>{name(credit.page)}</Own>;
  const sources = formatCount(credit.sources);
  return (
    <p class="about" data-verdict={credit.differs ? 'conflict' : 'agree'}>
      {person === null ? (
        t('pageNoSpeaker')
      ) : credit.sourcesAgreeing === 0 ? (
        <Message name="pageCreditsAlone" args={[person, sources]} />
      ) : (
        <Message name="pageCredits" args={[person, formatCount(credit.sourcesAgreeing), sources]} />
      )}
      {credit.differs && (
        <span class="verdict conflict">
          <Message name="pageRecord" args={[<Own>{name(credit.record)}</Own>]} />
        </span>
      )}
    </p>
  );
}

type Namer = (id: string | null) => string;

export function PageSection({ page, index }: { page: PageDifference; index: DatasetIndex }) {
  const { credit, wording, details } = page;
  const name: Namer = (id) => index.person(id)?.name ?? '?';
  if (credit === null && wording === null && details.length === 0) return null;
  return (
    <section class="differences this-page">
      <h2>{t('pageHeading')}</h2>
      {credit !== null && <Credit credit={credit} name={name} />}
      {details.map((detail) => (
        <p class="about" key={detail.about} data-verdict={detail.verdict}>
          <Message
            name="pageDetail"
            args={[<Own>{detail.about}</Own>, <Quote>{detail.printed}</Quote>]}
          />{' '}
          <span class={`verdict ${detail.verdict}`}>{t(VERDICT[detail.verdict])}</span>
        </p>
      ))}
      {wording !== null && <PageWording parts={wording.parts} />}
    </section>
  );
}

/**
 * What this page adds to the quote and leaves out of it. The added words are the page's own
 * text, not the record's: each run is quoted, isolated in direction (<bdi>) and clipped, after
 * a label that says whose words they are, so no page can make them read as the card's.
 */
function PageWording({ parts }: { parts: readonly WordingPart[] }) {
  const { added, dropped } = wordChanges(parts);
  return (
    <>
      {added.length > 0 && (
        <p class="about page-words">
          {t('pageAdds')} <Quoted texts={added} />
        </p>
      )}
      {dropped.length > 0 && (
        <p class="about">
          {t('pageLeavesOut')} <Quoted texts={dropped} />
        </p>
      )}
    </>
  );
}

function Quoted({ texts }: { texts: readonly string[] }) {
  return (
    <>
      {texts.map((text, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          <Quote>{text}</Quote>
        </span>
      ))}
    </>
  );
}
