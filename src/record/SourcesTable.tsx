/** Every source of a claim, in the order it spread: outlet (linked, with its headline), date, language, kind, credit. */
import type { SpreadEntry } from '../core/spread';
import { formatLanguage } from '../shared/format';
import { t } from '../shared/i18n';
import { Message, Own } from '../shared/Message';
import { SourceKindText, sourceDate } from '../shared/Timeline';

export function SourcesTable({ spread }: { spread: readonly SpreadEntry[] }) {
  // A fact no source credits to anyone: no column of "no speaker named".
  const credits = spread.some(({ source }) => source.attributedTo !== null);
  return (
    <table class="sources">
      <thead>
        <tr>
          <th scope="col">{t('recordOutlet')}</th>
          <th scope="col">{t('recordPublished')}</th>
          <th scope="col">{t('recordLanguage')}</th>
          <th scope="col">{t('recordKind')}</th>
          {credits && <th scope="col">{t('recordCredited')}</th>}
        </tr>
      </thead>
      <tbody>
        {spread.map(({ source }) => (
          <tr key={source.sourceId}>
            <th scope="row">
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                <Own>{source.outlet}</Own>
              </a>
              {source.title !== null && (
                <span class="headline" dir="auto" lang={source.language}>
                  {source.title}
                </span>
              )}
            </th>
            <td>{sourceDate(source)}</td>
            <td>{formatLanguage(source.language)}</td>
            <td>
              <SourceKindText source={source} />
            </td>
            {credits && (
              <td class={source.attributionDiffers ? 'differs' : undefined}>
                {source.attributedTo === null ? (
                  <span class="meta">{t('diffNoSpeaker')}</span>
                ) : source.attributionDiffers ? (
                  <Message name="sourceCredits" args={[<Own>{source.attributedTo}</Own>]} />
                ) : (
                  <Own>{source.attributedTo}</Own>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
