/** The sources of one claim: outlet (linked), date, language, and whom each credits where it differs. */
import type { SourceView } from '../core/claim-view';
import { formatDate, t } from './i18n';

export function SourceList({ sources }: { sources: readonly SourceView[] }) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.sourceId}>
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            title={source.title ?? source.url}
          >
            {source.outlet}
          </a>
          <span class="meta">
            {' · '}
            {source.published === null ? t('cardDateUnknown') : formatDate(source.published)}
            {' · '}
            {source.language}
          </span>
          {source.attributionDiffers && source.attributedTo !== null && (
            <span class="differs"> {t('sourceCredits', source.attributedTo)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
