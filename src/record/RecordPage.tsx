/**
 * The record page's frame: the bar (all claims, print) and, as the address asks, a claim's
 * record, a clear word that no claim has the id asked for, or every claim to browse.
 */
import { useEffect } from 'preact/hooks';
import type { BrowseClaim } from '../core/browse';
import { viewClaim } from '../core/claim-view';
import type { DatasetIndex } from '../core/dataset';
import { Browse } from '../shared/Browse';
import { t } from '../shared/i18n';
import { Message, Own } from '../shared/Message';
import { Record } from './Record';

/** A link to another record, from this page: the hash alone. */
const href = (claimId: string) => `#${encodeURIComponent(claimId)}`;

/** A page title holds this much of a statement. */
const TITLE_LENGTH = 80;

const clipped = (text: string) =>
  text.length <= TITLE_LENGTH ? text : `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;

export interface RecordPageProps {
  readonly index: DatasetIndex;
  readonly claims: readonly BrowseClaim[];
  /** The claim id the address asks for, unchecked; null for none. */
  readonly requested: string | null;
}

export function RecordPage({ index, claims, requested }: RecordPageProps) {
  const view = requested === null ? null : viewClaim(index, requested);
  const title = view === null ? t('browseTitle') : clipped(view.statement);
  useEffect(() => {
    document.title = t('recordDocumentTitle', title);
  }, [title]);
  return (
    <>
      <nav class="bar">
        <span class="brand">{t('extensionName')}</span>
        {view !== null && <a href="#">{t('recordAllClaims')}</a>}
        {view !== null && (
          <button type="button" class="print" onClick={() => window.print()}>
            {t('recordPrint')}
          </button>
        )}
      </nav>
      {view !== null ? (
        <Record view={view} index={index} />
      ) : (
        <>
          <h1>{t('browseTitle')}</h1>
          {requested !== null && (
            <p class="unknown" role="alert">
              <Message name="recordUnknown" args={[<Own>{requested}</Own>]} />
            </p>
          )}
          <Browse claims={claims} href={href} focus />
        </>
      )}
    </>
  );
}
