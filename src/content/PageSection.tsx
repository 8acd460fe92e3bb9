/** How this page differs from the record: whom it credits, its wording, the details it prints. */
import type { DatasetIndex } from '../core/dataset';
import type { PageDifference } from '../core/page-compare';
import { Wording } from '../shared/Differences';
import { t, type MessageName } from '../shared/i18n';

const VERDICT: Record<PageDifference['details'][number]['verdict'], MessageName> = {
  conflict: 'pageDetailConflict',
  precision: 'pageDetailPrecision',
  conversion: 'verdictConversion',
  agree: 'pageDetailAgree',
};

export function PageSection({ page, index }: { page: PageDifference; index: DatasetIndex }) {
  const { credit, wording, details } = page;
  const name = (id: string | null) => index.person(id)?.name ?? '?';
  if (credit === null && wording === null && details.length === 0) return null;
  return (
    <section class="differences this-page">
      <h2>{t('pageHeading')}</h2>
      {credit !== null && (
        <p class="about" data-verdict={credit.differs ? 'conflict' : 'agree'}>
          {credit.page === null
            ? t('pageNoSpeaker')
            : credit.sourcesAgreeing === 0
              ? t('pageCreditsAlone', name(credit.page), String(credit.sources))
              : t(
                  'pageCredits',
                  name(credit.page),
                  String(credit.sourcesAgreeing),
                  String(credit.sources),
                )}
          {credit.differs && (
            <span class="verdict conflict">{t('pageRecord', name(credit.record))}</span>
          )}
        </p>
      )}
      {details.map((detail) => (
        <p class="about" key={detail.about} data-verdict={detail.verdict}>
          {detail.about}: “<bdi>{detail.printed}</bdi>”{' '}
          <span class={`verdict ${detail.verdict}`}>{t(VERDICT[detail.verdict])}</span>
        </p>
      ))}
      {wording !== null && (
        <p class="about">
          {t('pageWording')} <Wording parts={wording.parts} />
        </p>
      )}
    </section>
  );
}
