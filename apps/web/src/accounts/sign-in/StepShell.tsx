import { useState, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { SignInPending } from '@bussanten/contracts';
import { useAuth } from '../../auth/AuthContext';
import { ErrorState, Loading } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import type { StepView } from './usePendingStep';
import '../components/factors.css';

/**
 * The frame of a sign-in step's page: the waiting sign-in's person, the step itself, and the way
 * out (sign out, to sign in as someone else). Loading, errors and redirects of the step are shown
 * here too, so the pages only draw their step.
 */
export function StepShell({ view, title, children }: { view: StepView; title: string; children: (pending: SignInPending) => ReactNode }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  const [leaving, setLeaving] = useState(false);

  if (view.kind === 'loading') return <Loading label={t('auth.checking')} />;
  if (view.kind === 'error') return <ErrorState error={view.error} onRetry={view.retry} />;
  if (view.kind === 'redirect') return <Navigate to={view.to} replace state={view.state} />;
  const { pending } = view;

  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p className="step-who">{t('step.signingInAs', { name: pending.displayName, email: pending.email })}</p>
      {children(pending)}
      <p className="step-leave">
        <button
          type="button"
          className="button--link"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            signOut()
              .catch(() => undefined)
              .finally(() => setLeaving(false));
          }}
        >
          {t('step.cancel')}
        </button>
      </p>
    </div>
  );
}
