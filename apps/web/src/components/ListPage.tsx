import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Flash } from './Flash';

/** A list page's title with the button to register a new record, and the flash left by a delete. */
export function ListHeading({ title, newTo }: { title: string; newTo: string }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-heading">
        <h1>{title}</h1>
        <Link className="button button--primary" to={newTo}>
          {t('list.new')}
        </Link>
      </div>
      <Flash />
    </>
  );
}

export interface Column {
  label: string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

/**
 * A list page's table of results. On narrow screens it scrolls sideways inside a region named by the
 * (visually hidden) caption and reachable by Tab, so keyboard users can scroll it too.
 */
export function ResultsTable({
  captionId,
  caption,
  columns,
  children,
}: {
  captionId: string;
  caption: string;
  columns: readonly Column[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
