import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Invitation, Person } from '@bussanten/contracts';
import { peopleApi } from '../api/accounts';
import { describeError } from '../../api/error-messages';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { InvitationLink } from '../components/InvitationLink';
import { ResultsTable } from '../../components/ListPage';
import { Missing } from '../../components/Missing';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, invitationStatusKey, roleKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { resetSummary } from '../components/factor-model';
import { HostContactSection } from './HostContactSection';
import { HostEmbedSection } from './HostEmbedSection';
import { HostSecuritySection } from './HostSecuritySection';
import { InviteForm } from './InviteForm';
import { invalidateAfter, useInvitations, usePeople } from '../queries';

/** Invitations whose link can be sent again: not yet used. */
const RESENDABLE = new Set<Invitation['status']>(['pending', 'expired']);
/** Invitations that can be revoked: their link still works. */
const REVOCABLE = new Set<Invitation['status']>(['pending']);

/**
 * The organizer's people page: who holds a membership of this host (one row per membership, which
 * can be revoked here and restored, leaving the person's other hosts alone), who has been invited
 * (and the invitation revoked), and the form to invite someone. New links are shown to copy.
 */
export default function PeoplePage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('people.title'));
  const { user } = useAuth();
  const people = usePeople();
  const invitations = useInvitations();
  const queryClient = useQueryClient();

  const [shownLink, setShownLink] = useState<{ invitation: Invitation; link: string } | null>(null);
  const [confirming, setConfirming] = useState<Person | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [resetting, setResetting] = useState<Person | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (actionError !== null) errorRef.current?.focus();
  }, [actionError]);

  const showLink = (invitation: Invitation) => {
    if (invitation.link) setShownLink({ invitation, link: invitation.link });
  };

  const run = async (id: string, action: () => Promise<unknown>, done: string) => {
    setBusyId(id);
    setActionError(null);
    setFlash(null);
    try {
      await action();
      setFlash(done);
      return true;
    } catch (e) {
      setActionError(e);
      return false;
    } finally {
      setBusyId(null);
    }
  };

  const setDisabled = async (person: Person, disabled: boolean) => {
    const ok = await run(
      person.id,
      () => (disabled ? peopleApi.disable(person.id) : peopleApi.enable(person.id)),
      t(disabled ? 'people.disabledDone' : 'people.enabledDone', { name: person.displayName }),
    );
    setConfirming(null);
    if (ok) void invalidateAfter(queryClient, 'membership');
  };

  const revokeInvitation = async (invitation: Invitation) => {
    const ok = await run(invitation.id, () => peopleApi.revokeInvitation(invitation.id), t('people.invitationRevoked', { email: invitation.email }));
    setRevoking(null);
    if (ok) void invalidateAfter(queryClient, 'invitationRevoked');
  };

  const resetFactors = async (person: Person) => {
    let summary = '';
    const ok = await run(
      person.id,
      async () => {
        summary = resetSummary(await peopleApi.resetFactors(person.id), lang);
      },
      '',
    );
    setResetting(null);
    if (ok) {
      setFlash(t('people.factorsResetDone', { name: person.displayName, summary }));
      void invalidateAfter(queryClient, 'memberFactorsReset');
    }
  };

  const resend = async (invitation: Invitation) => {
    setBusyId(invitation.id);
    setActionError(null);
    setFlash(null);
    try {
      showLink(await peopleApi.resend(invitation.id));
      void invalidateAfter(queryClient, 'invitationSent');
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <h1>{t('people.title')}</h1>

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

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('people.invite')}</h2>
        <InviteForm onInvited={showLink} />
      </section>

      {shownLink && <InvitationLink invitation={shownLink.invitation} link={shownLink.link} />}

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('people.accounts')}</h2>
        <QueryState query={people} empty={t('people.empty')}>
          {(data) => (
            <ResultsTable
              captionId="people-caption"
              caption={t('people.caption')}
              columns={[
                { label: t('col.personName') },
                { label: t('col.email') },
                { label: t('col.role') },
                { label: t('col.municipality') },
                { label: t('col.status') },
                { label: t('col.secondFactor') },
                { label: t('col.lastSignIn') },
                { label: t('col.actions') },
              ]}
            >
              {data.map((p) => {
                // The membership this session acts within cannot be revoked here (the API refuses too).
                const self = p.userId === user?.id;
                const acting = p.id === user?.membershipId;
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.displayName}
                      {self && <span className="muted"> {t('people.you')}</span>}
                    </th>
                    <td>{p.email}</td>
                    <td>{t(roleKey(p.role))}</td>
                    <td>{p.municipality ? p.municipality.name : <Missing />}</td>
                    <td>
                      <span className={`state state--${p.disabled ? 'off' : 'on'}`}>{p.disabled ? t('people.disabled') : t('people.active')}</span>
                    </td>
                    <td>
                      <span className={`state state--${p.secondFactor ? 'on' : 'off'}`}>{p.secondFactor ? t('people.factorOn') : t('people.factorOff')}</span>
                    </td>
                    <td>{p.lastSignInAt ? <time dateTime={p.lastSignInAt}>{formatDateTime(p.lastSignInAt, lang)}</time> : t('people.never')}</td>
                    <td>
                      <div className="actions">
                        {acting ? null : p.disabled ? (
                          <button type="button" disabled={busyId === p.id} onClick={() => void setDisabled(p, false)}>
                            {t('people.enable')}
                            <span className="sr-only">: {p.displayName}</span>
                          </button>
                        ) : (
                          <button type="button" className="button--danger" disabled={busyId === p.id} onClick={() => setConfirming(p)}>
                            {t('people.disable')}
                            <span className="sr-only">: {p.displayName}</span>
                          </button>
                        )}
                        {/* One's own factors are managed on one's security page; a revoked membership's person is another host's to reset. */}
                        {p.secondFactor && !self && !p.disabled && (
                          <button type="button" className="button--danger" disabled={busyId === p.id} onClick={() => setResetting(p)}>
                            {t('people.resetFactors')}
                            <span className="sr-only">: {p.displayName}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </ResultsTable>
          )}
        </QueryState>
      </section>

      <HostContactSection />
      <HostEmbedSection />
      <HostSecuritySection selfWithout={people.data?.some((p) => p.userId === user?.id && p.role === 'organizer' && !p.secondFactor) ?? false} />

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('people.invitations')}</h2>
        <QueryState query={invitations} empty={t('people.noInvitations')}>
          {(data) => (
            <ResultsTable
              captionId="invitations-caption"
              caption={t('people.invitationsCaption')}
              columns={[
                { label: t('col.email') },
                { label: t('col.role') },
                { label: t('col.municipality') },
                { label: t('col.status') },
                { label: t('col.expires') },
                { label: t('col.actions') },
              ]}
            >
              {data.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row">
                    {inv.email}
                    {inv.displayName && <span className="muted block">{inv.displayName}</span>}
                  </th>
                  <td>{t(roleKey(inv.role))}</td>
                  <td>{inv.municipality ? inv.municipality.name : <Missing />}</td>
                  <td>{t(invitationStatusKey(inv.status))}</td>
                  <td>
                    <time dateTime={inv.expiresAt}>{formatDateTime(inv.expiresAt, lang)}</time>
                  </td>
                  <td>
                    <div className="actions">
                      {RESENDABLE.has(inv.status) && (
                        <button type="button" disabled={busyId === inv.id} onClick={() => void resend(inv)}>
                          {t('people.resend')}
                          <span className="sr-only">: {inv.email}</span>
                        </button>
                      )}
                      {REVOCABLE.has(inv.status) && (
                        <button type="button" className="button--danger" disabled={busyId === inv.id} onClick={() => setRevoking(inv)}>
                          {t('people.revokeInvitation')}
                          <span className="sr-only">: {inv.email}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </ResultsTable>
          )}
        </QueryState>
      </section>

      <ConfirmDialog
        open={confirming !== null}
        title={t('people.disableTitle', { name: confirming?.displayName ?? '' })}
        confirmLabel={t('people.disable')}
        busyLabel={t('people.disabling')}
        busy={confirming !== null && busyId === confirming.id}
        onConfirm={() => confirming && void setDisabled(confirming, true)}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('people.disableBody')}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={resetting !== null}
        title={t('people.resetFactorsTitle', { name: resetting?.displayName ?? '' })}
        confirmLabel={t('people.resetFactors')}
        busyLabel={t('people.resettingFactors')}
        busy={resetting !== null && busyId === resetting.id}
        onConfirm={() => resetting && void resetFactors(resetting)}
        onCancel={() => setResetting(null)}
      >
        <p>{t('people.resetFactorsBody', { email: resetting?.email ?? '' })}</p>
        <p>{t('people.resetFactorsCheck')}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={revoking !== null}
        title={t('people.revokeInvitationTitle', { email: revoking?.email ?? '' })}
        confirmLabel={t('people.revokeInvitation')}
        busyLabel={t('people.revokingInvitation')}
        busy={revoking !== null && busyId === revoking.id}
        onConfirm={() => revoking && void revokeInvitation(revoking)}
        onCancel={() => setRevoking(null)}
      >
        <p>{t('people.revokeInvitationBody')}</p>
      </ConfirmDialog>
    </>
  );
}
