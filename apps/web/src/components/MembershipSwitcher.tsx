import { useId, useState, type FormEvent } from 'react';
import type { CurrentUser } from '@bussanten/contracts';
import { describeError } from '../api/error-messages';
import { useAuth } from '../auth/AuthContext';
import { membershipLabel, switchableMemberships } from '../auth/membership';
import { useI18n } from '../i18n/i18n';

/**
 * For a person holding several memberships: a labelled select of them and a button that switches.
 * A form rather than a select that acts on change, so moving through the options with the arrow keys
 * switches nothing until the button is pressed. After the switch the app shows the new role's home.
 */
export function MembershipSwitcher({ user }: { user: CurrentUser }) {
  const { t, lang } = useI18n();
  const { switchMembership } = useAuth();
  const selectId = useId();
  const errorId = useId();
  const [chosen, setChosen] = useState(user.membershipId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const options = switchableMemberships(user.memberships, user.membershipId, lang);
  if (options.length === 0) return null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || chosen === user.membershipId) return;
    setBusy(true);
    setError(null);
    try {
      await switchMembership(chosen);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="membership-switcher" onSubmit={(e) => void onSubmit(e)} aria-busy={busy}>
      <label htmlFor={selectId}>{t('membership.switchLabel')}</label>
      <div className="copy-row">
        <select
          id={selectId}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? errorId : undefined}
        >
          {options.map((m) => (
            <option key={m.id} value={m.id}>
              {membershipLabel(m, lang)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || chosen === user.membershipId}>
          {busy ? t('membership.switching') : t('membership.switch')}
        </button>
      </div>
      {error !== null && (
        <p id={errorId} className="field__error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
    </form>
  );
}
