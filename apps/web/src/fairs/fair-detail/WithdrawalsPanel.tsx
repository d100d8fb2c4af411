import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { applicationStatusKey, useWithdrawals } from '../../applications';
import { canRetry } from '../../api/query-client';
import { ResultsTable } from '../../components/ListPage';
import { ErrorState, Loading } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { freedBoothsText, municipalityLabel, stillPublicCount } from './withdrawals-model';

/** The fragment the home page links to (its count of withdrawals and cancellations). */
export const WITHDRAWALS_FRAGMENT = 'withdrawals';

/**
 * 申込の取り下げ・出展辞退: which of the two, who withdrew, when (Japan time), which booths that freed, and whether the
 * public page still lists the municipality — it does until the organizers publish again, so the
 * panel links to the publishing page while any does.
 */
export function WithdrawalsPanel({ fairId }: { fairId: string }) {
  const { t, lang } = useI18n();
  const list = useWithdrawals(fairId);
  // Linked to from the home page: once the list is there, bring it into view and put the focus on it.
  const { hash } = useLocation();
  const sectionRef = useRef<HTMLElement>(null);
  const loaded = list.data !== undefined;
  useEffect(() => {
    if (hash === `#${WITHDRAWALS_FRAGMENT}` && loaded) {
      sectionRef.current?.scrollIntoView({ block: 'start' });
      sectionRef.current?.focus({ preventScroll: true });
    }
  }, [hash, loaded]);
  const publishLink = (
    <Link className="button" to={`/fairs/${fairId}/releases`}>
      {t('withdrawals.publishLink')}
    </Link>
  );

  let body;
  if (list.isError && !list.data) body = <ErrorState error={list.error} onRetry={canRetry(list.error) ? () => void list.refetch() : undefined} />;
  else if (!list.data) body = <Loading label={t('withdrawals.loading')} />;
  else if (list.data.length === 0) body = <p className="empty">{t('withdrawals.empty')}</p>;
  else {
    const stillPublic = stillPublicCount(list.data);
    body = (
      <>
        {stillPublic > 0 && (
          <div className="note" role="note">
            <p>{t('withdrawals.stillPublicNote', { n: stillPublic })}</p>
            {publishLink}
          </div>
        )}
        <ResultsTable
          captionId="withdrawals-caption"
          caption={t('withdrawals.caption')}
          columns={[
            { label: t('withdrawals.col.municipality') },
            { label: t('withdrawals.col.status') },
            { label: t('withdrawals.col.when') },
            { label: t('withdrawals.col.before') },
            { label: t('withdrawals.col.booths') },
            { label: t('withdrawals.col.public') },
          ]}
        >
          {list.data.map((w) => (
            <tr key={w.applicationId}>
              <th scope="row">{municipalityLabel(w.municipality, lang)}</th>
              <td>
                <span className={`badge app-status app-status--${w.status}`}>{t(applicationStatusKey(w.status))}</span>
              </td>
              <td>
                <time dateTime={w.withdrawnAt}>{formatDateTime(w.withdrawnAt, lang)}</time>
                {w.withdrawnBy && <span className="block muted">{t('withdrawals.by', { name: w.withdrawnBy })}</span>}
              </td>
              <td>{w.previousStatus ? t(applicationStatusKey(w.previousStatus)) : t('withdrawals.unknown')}</td>
              <td>{freedBoothsText(w.boothsFreed, lang) || t('withdrawals.noBooths')}</td>
              <td>{w.stillPublic ? <span className="tag">{t('withdrawals.stillPublic')}</span> : t('withdrawals.notPublic')}</td>
            </tr>
          ))}
        </ResultsTable>
      </>
    );
  }

  return (
    <section ref={sectionRef} id={WITHDRAWALS_FRAGMENT} tabIndex={-1} aria-labelledby="fair-withdrawals-heading">
      <h2 id="fair-withdrawals-heading">{t('withdrawals.heading')}</h2>
      <p className="muted">{t('withdrawals.intro')}</p>
      {body}
    </section>
  );
}
