import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { FactorEnrolled, MyFactors, PasskeySummary } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { factorsApi } from '../api/factors';
import { useAuth } from '../../auth/AuthContext';
import { hostName } from '../../auth/membership';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AddPasskeyForm } from '../components/AddPasskeyForm';
import { FEW_RECOVERY_CODES, factorCount } from '../components/factor-model';
import { RecoveryCodesPanel } from '../components/RecoveryCodesPanel';
import { TotpSetupPanel } from '../components/TotpSetupPanel';
import { ErrorState, Loading } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/dictionaries';
import { PasskeyTable } from './PasskeyTable';
import { invalidateAfter, useMyFactors } from '../queries';
import '../components/factors.css';

/** What the last action came to; kept as facts so a language switch redraws it. */
type Outcome = { kind: 'done'; message: MessageKey; name?: string } | { kind: 'error'; error: unknown } | null;

/** The removal or regeneration waiting for its confirmation. */
type Confirming = { kind: 'passkey'; passkey: PasskeySummary } | { kind: 'totp' } | { kind: 'codes' } | null;

/**
 * /account/security: one's second factors. Passkeys (add, rename, remove), the authenticator app
 * (set up with a QR code or the key, confirmed with a code; remove), and the recovery codes
 * (how many are left; ten new ones, shown once). Says so when the host requires a second factor.
 */
export default function SecurityPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('security.title'));
  const { user } = useAuth();
  const factors = useMyFactors();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const [focusOutcome, setFocusOutcome] = useState(0);
  useEffect(() => {
    if (focusOutcome > 0) outcomeRef.current?.focus();
  }, [focusOutcome]);

  const report = (next: Outcome) => {
    setOutcome(next);
    setFocusOutcome((n) => n + 1);
  };

  // The form that enrolled has made one's factors stale itself; here the outcome is said.
  const onEnrolled = (enrolled: FactorEnrolled, message: MessageKey, name?: string) => {
    if (enrolled.recoveryCodes && enrolled.recoveryCodes.length > 0) {
      // The codes' panel takes the focus: it is what must be read now.
      setOutcome({ kind: 'done', message, name });
      setCodes(enrolled.recoveryCodes);
    } else report({ kind: 'done', message, name });
  };

  const confirm = async () => {
    if (!confirming) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (confirming.kind === 'passkey') {
        await factorsApi.removePasskey(confirming.passkey.id);
        void invalidateAfter(queryClient, 'ownFactorAddedOrRemoved');
        report({ kind: 'done', message: 'security.passkeyRemoved', name: confirming.passkey.name });
      } else if (confirming.kind === 'totp') {
        await factorsApi.removeTotp();
        void invalidateAfter(queryClient, 'ownFactorAddedOrRemoved');
        report({ kind: 'done', message: 'security.totpRemoved' });
      } else {
        const fresh = await factorsApi.regenerateRecoveryCodes();
        void invalidateAfter(queryClient, 'ownFactorDetails');
        setOutcome({ kind: 'done', message: 'security.codesRegenerated' });
        setCodes(fresh.codes);
      }
    } catch (e) {
      report({ kind: 'error', error: e });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  const data = factors.data;
  return (
    <>
      <p className="back">
        <Link to="/account/password">{t('account.changePassword')}</Link>
      </p>
      <h1>{t('security.title')}</h1>
      <p className="reading-width">{t('security.intro')}</p>

      {outcome && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          className={outcome.kind === 'error' ? 'status status--error' : 'flash'}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
        >
          {outcome.kind === 'error' ? describeError(outcome.error, lang).message : t(outcome.message, { name: outcome.name ?? '' })}
        </p>
      )}
      {codes && user && <RecoveryCodesPanel codes={codes} email={user.email} doneLabel={t('security.codesDone')} onDone={() => setCodes(null)} />}

      {factors.isError && !data ? (
        <ErrorState error={factors.error} onRetry={canRetry(factors.error) ? () => void factors.refetch() : undefined} />
      ) : !data ? (
        <Loading label={t('security.loading')} />
      ) : (
        <div aria-busy={factors.isFetching}>
          {data.required && <p className="notice">{user?.host ? t('security.required', { host: hostName(user.host, lang) }) : t('security.requiredNoHost')}</p>}
          {factorCount(data) === 0 && <p className="notice">{t('security.noneYet')}</p>}
          <PasskeysSection
            factors={data}
            busy={busy}
            onEnrolled={onEnrolled}
            onRemove={(passkey) => setConfirming({ kind: 'passkey', passkey })}
            onRenamed={(p) => {
              report({ kind: 'done', message: 'security.passkeyRenamed', name: p.name });
            }}
          />
          <TotpSection factors={data} email={user?.email ?? ''} busy={busy} onEnrolled={onEnrolled} onRemove={() => setConfirming({ kind: 'totp' })} />
          <CodesSection factors={data} busy={busy} onRegenerate={() => setConfirming({ kind: 'codes' })} />
        </div>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming?.kind === 'passkey'
            ? t('security.removePasskeyTitle', { name: confirming.passkey.name })
            : confirming?.kind === 'totp'
              ? t('security.removeTotpTitle')
              : t('security.regenerateTitle')
        }
        confirmLabel={confirming?.kind === 'codes' ? t('security.regenerate') : t('security.remove')}
        busyLabel={confirming?.kind === 'codes' ? t('security.regenerating') : t('security.removing')}
        busy={busy}
        tone="danger"
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      >
        {confirming?.kind === 'codes' ? (
          <p>{t('security.regenerateBody')}</p>
        ) : (
          <>
            <p>{confirming?.kind === 'totp' ? t('security.removeTotpBody') : t('security.removePasskeyBody')}</p>
            {data && factorCount(data) === 1 && <p>{data.required ? t('security.removeLastRequired') : t('security.removeLast')}</p>}
          </>
        )}
      </ConfirmDialog>
    </>
  );
}

interface SectionProps {
  factors: MyFactors;
  busy: boolean;
}

function PasskeysSection({
  factors,
  busy,
  onEnrolled,
  onRemove,
  onRenamed,
}: SectionProps & {
  onEnrolled: (e: FactorEnrolled, m: MessageKey, name?: string) => void;
  onRemove: (p: PasskeySummary) => void;
  onRenamed: (p: PasskeySummary) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t('security.passkeys')}</h2>
      <p className="hint reading-width">{t('factors.passkeyExplain')}</p>
      {factors.passkeys.length === 0 ? (
        <p className="empty">{t('security.noPasskeys')}</p>
      ) : (
        <PasskeyTable passkeys={factors.passkeys} busy={busy} onRemove={onRemove} onRenamed={onRenamed} />
      )}
      <h3>{t('security.addPasskey')}</h3>
      <AddPasskeyForm existing={factors.passkeys} onAdded={(enrolled, name) => onEnrolled(enrolled, 'security.passkeyAdded', name)} />
    </section>
  );
}

function TotpSection({
  factors,
  email,
  busy,
  onEnrolled,
  onRemove,
}: SectionProps & { email: string; onEnrolled: (e: FactorEnrolled, m: MessageKey) => void; onRemove: () => void }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t('security.totp')}</h2>
      <p className="hint reading-width">{t('factors.totpExplain')}</p>
      {factors.totp ? (
        <>
          <p>
            <span className="state state--on">{t('security.totpOn')}</span> {t('security.totpSince', { when: formatDateTime(factors.totp.enabledAt, lang) })}
          </p>
          <button type="button" className="button--danger" disabled={busy} onClick={onRemove}>
            {t('security.removeTotp')}
          </button>
        </>
      ) : (
        <TotpSetupPanel email={email} onEnrolled={(enrolled) => onEnrolled(enrolled, 'security.totpAdded')} />
      )}
    </section>
  );
}

function CodesSection({ factors, busy, onRegenerate }: SectionProps & { onRegenerate: () => void }) {
  const { t, lang } = useI18n();
  const codes = factors.recoveryCodes;
  return (
    <section aria-labelledby="codes-heading">
      <h2 id="codes-heading">{t('security.codes')}</h2>
      <p className="hint reading-width">{t('factors.codesExplain')}</p>
      {codes ? (
        <>
          <p>{t('security.codesRemaining', { n: codes.remaining, when: formatDateTime(codes.createdAt, lang) })}</p>
          {codes.remaining <= FEW_RECOVERY_CODES && <p className="notice">{t('security.codesFew')}</p>}
          <button type="button" disabled={busy} onClick={onRegenerate}>
            {t('security.regenerate')}
          </button>
        </>
      ) : (
        <p className="empty">{t('security.codesNone')}</p>
      )}
    </section>
  );
}
