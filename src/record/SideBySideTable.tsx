/**
 * The differences side by side (core/side-by-side.ts): a row per source, whom it credits and
 * what it states of each detail, the values that cannot be true with the first one given marked.
 */
import type { Cell, SideBySide } from '../core/side-by-side';
import { KIND, VERDICT } from '../shared/Differences';
import { formatDate, formatValue } from '../shared/format';
import { t } from '../shared/i18n';
import { Own, Quote } from '../shared/Message';

const Differs = () => <span class="verdict conflict">{t('recordDiffers')}</span>;

function CellView({ cell }: { cell: Cell | null }) {
  if (cell === null) return <td class="silent">{t('recordNotStated')}</td>;
  return (
    <td class={cell.differs ? 'differs' : undefined}>
      {cell.values.map(({ value, printed }, i) => {
        const shown = formatValue(value);
        return (
          <span class="value" key={i}>
            <Own>{shown}</Own>
            {printed !== shown && (
              <span class="printed">
                {' '}
                <Quote>{printed}</Quote>
              </span>
            )}
          </span>
        );
      })}
      {cell.differs && <Differs />}
    </td>
  );
}

export function SideBySideTable({ table }: { table: SideBySide }) {
  // Facts most sources state with no one's name: a column of "no speaker named" tells nothing.
  const credits = table.rows.some(({ source }) => source.attributedTo !== null);
  return (
    <div class="scroll">
      <p class="meta">{t('recordSideBySideNote')}</p>
      <table class="side-by-side">
        <thead>
          <tr>
            <th scope="col">{t('recordSource')}</th>
            {credits && <th scope="col">{t('diffCredits')}</th>}
            {table.columns.map((column) => (
              <th scope="col" key={column.about}>
                <Own>{column.about}</Own> · {t(KIND[column.type])}{' '}
                <span class={`verdict ${column.verdict}`}>{t(VERDICT[column.verdict])}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(({ source, cells }) => (
            <tr key={source.sourceId}>
              <th scope="row">
                <Own>{source.outlet}</Own>
                <span class="meta">
                  {' · '}
                  {source.published === null ? t('cardDateUnknown') : formatDate(source.published)}
                </span>
              </th>
              {credits && (
                <td class={source.attributionDiffers ? 'differs' : undefined}>
                  {source.attributedTo === null ? (
                    <span class="meta">{t('diffNoSpeaker')}</span>
                  ) : (
                    <Own>{source.attributedTo}</Own>
                  )}
                  {source.attributionDiffers && <Differs />}
                </td>
              )}
              {cells.map((cell, i) => (
                <CellView key={i} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.columns.length === 0 && <p class="meta">{t('recordNoDetails')}</p>}
    </div>
  );
}
