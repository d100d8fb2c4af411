import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CreatedHost, HostSummary } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { operatorApi } from '../api/operator';
import { hostName } from '../../auth/membership';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { InvitationLink } from '../../accounts';
import { ResultsTable } from '../../components/ListPage';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { CreateHostForm } from './CreateHostForm';
import { FactorResetForm } from './FactorResetForm';
import { hostsChanged, useHosts } from '../queries';

/**
 * /operator: the hosts of this install with their counts (never their fairs, applications or
 * people), the form that creates a host and invites its first organizer, and the way to disable a
 * host (its people lose access through it; its public pages stay) or enable it again.
 */
export default function HostsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('hosts.title'));
  const hosts = useHosts();
  const queryClient = useQueryClient();

  const [created, setCreated] = useState<CreatedHost | null>(null);
  const [confirming, setConfirming] = useState<{ host: HostSummary; disable: boolean } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (actionError !== null) errorRef.current?.focus();
  }, [actionError]);

  // The form has made the list stale itself; here the new host is announced and its link shown.
  const onCreated = (answer: CreatedHost) => {
    setCreated(answer);
    setActionError(null);
    setFlash(t('hosts.created', { name: hostName(answer.host, lang) }));
  };

  const setDisabled = async (host: HostSummary, disable: boolean) => {
    const name = hostName(host, lang);
    setBusyId(host.id);
    setActionError(null);
    setFlash(null);
    try {
      await (disable ? operatorApi.disable(host.id) : operatorApi.enable(host.id));
      setFlash(t(disable ? 'hosts.disabledDone' : 'hosts.enabledDone', { name }));
      void hostsChanged(queryClient);
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
      setConfirming(null);
    }
  };

  const confirmingName = confirming ? hostName(confirming.host, lang) : '';

  return (
    <>
      <h1>{t('hosts.title')}</h1>
      <p>{t('hosts.intro')}</p>

      {flash && (
        <p className="flash" role="status">
          {flash}
        </p>
      )}
      {actionError !== null && (
        <div className="status status--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{describeError(actionError, lang).message}</p>
        </div>
      )}

      {created?.invitation.link && <InvitationLink invitation={created.invitation} link={created.invitation.link} />}

      <section aria-labelledby="hosts-heading">
        <h2 id="hosts-heading">{t('hosts.list')}</h2>
        <QueryState query={hosts} empty={t('hosts.empty')}>
          {(data) => (
            <ResultsTable
              captionId="hosts-caption"
              caption={t('hosts.caption')}
              columns={[
                { label: t('hosts.col.name') },
                { label: t('hosts.col.status') },
                { label: t('hosts.col.secondFactor') },
                { label: t('hosts.col.fairs'), numeric: true },
                { label: t('hosts.col.organizers'), numeric: true },
                { label: t('hosts.col.representatives'), numeric: true },
                { label: t('hosts.col.applications'), numeric: true },
                { label: t('hosts.col.created') },
                { label: t('hosts.col.actions') },
              ]}
            >
              {data.map((h) => (
                <tr key={h.id}>
                  <th scope="row">
                    {h.name}
                    {h.nameEn && (
                      <span className="muted block" lang="en">
                        {h.nameEn}
                      </span>
                    )}
                  </th>
                  <td>
                    <span className={`state state--${h.disabled ? 'off' : 'on'}`}>{h.disabled ? t('hosts.disabled') : t('hosts.active')}</span>
                  </td>
                  <td>
                    {h.requireSecondFactor ? (
                      <span className="state state--on">{t('hosts.secondFactorRequired')}</span>
                    ) : (
                      <span className="muted">{t('hosts.secondFactorOptional')}</span>
                    )}
                  </td>
                  <td className="num">{formatNumber(h.counts.fairs, lang)}</td>
                  <td className="num">{formatNumber(h.counts.organizers, lang)}</td>
                  <td className="num">{formatNumber(h.counts.representatives, lang)}</td>
                  <td className="num">{formatNumber(h.counts.applications, lang)}</td>
                  <td>
                    <time dateTime={h.createdAt}>{formatDateTime(h.createdAt, lang)}</time>
                  </td>
                  <td>
                    <button
                      type="button"
                      className={h.disabled ? undefined : 'button--danger'}
                      disabled={busyId === h.id}
                      onClick={() => setConfirming({ host: h, disable: !h.disabled })}
                    >
                      {h.disabled ? t('hosts.enable') : t('hosts.disable')}
                      <span className="sr-only">: {hostName(h, lang)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </ResultsTable>
          )}
        </QueryState>
      </section>

      <section aria-labelledby="create-host-heading">
        <h2 id="create-host-heading">{t('hosts.create')}</h2>
        <CreateHostForm onCreated={onCreated} />
      </section>

      <section aria-labelledby="factor-reset-heading">
        <h2 id="factor-reset-heading">{t('factorReset.title')}</h2>
        <p className="reading-width">{t('factorReset.intro')}</p>
        <FactorResetForm />
      </section>

      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.disable ? t('hosts.disableTitle', { name: confirmingName }) : t('hosts.enableTitle', { name: confirmingName })}
        confirmLabel={confirming?.disable ? t('hosts.disable') : t('hosts.enable')}
        busyLabel={confirming?.disable ? t('hosts.disabling') : t('hosts.enabling')}
        busy={confirming !== null && busyId === confirming.host.id}
        tone={confirming?.disable === false ? 'primary' : 'danger'}
        onConfirm={() => confirming && void setDisabled(confirming.host, confirming.disable)}
        onCancel={() => setConfirming(null)}
      >
        <p>{confirming?.disable === false ? t('hosts.enableBody') : t('hosts.disableBody')}</p>
      </ConfirmDialog>
    </>
  );
}
