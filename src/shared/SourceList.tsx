/** The sources of one claim: outlet (linked), date, language, and whom each credits where it differs. */
import type { SourceView } from '../core/claim-view';
import { formatDate, formatLanguage } from './format';
import { t } from './i18n';
import { Message, Own } from './Message';

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
            <Own>{source.outlet}</Own>
          </a>
          <span class="meta">
            {' · '}
            {source.published === null ? t('cardDateUnknown') : formatDate(source.published)}
            {' · '}
            {formatLanguage(source.language)}
          </span>
          {source.attributionDiffers && source.attributedTo !== null && (
            <span class="differs">
              {' '}
              <Message name="sourceCredits" args={[<Own>{source.attributedTo}</Own>]} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
