import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { CurrentUser } from '@bussanten/contracts';
import { useAuth } from '../auth/AuthContext';
import { membershipLabel } from '../auth/membership';
import { useI18n } from '../i18n/i18n';
import { MembershipSwitcher } from './MembershipSwitcher';

/**
 * The signed-in user's menu in the header: a button named by their display name and the membership
 * they act within ('品川区 · 主催者'), that shows who they are, the way to switch to another of their
 * memberships (when they hold several), to change the password, the second factors, the sessions, and sign-out. A disclosure (not an
 * ARIA menu), so its controls are reached with Tab like anything else; Escape and clicking elsewhere
 * close it.
 */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t, lang } = useI18n();
  const { signOut, switchCount } = useAuth();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // Going to another page, or acting in another membership, closes the menu.
  const [openedOn, setOpenedOn] = useState({ pathname, switchCount });
  if (openedOn.pathname !== pathname || openedOn.switchCount !== switchCount) {
    setOpenedOn({ pathname, switchCount });
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (rootRef.current && e.target instanceof Node && !rootRef.current.contains(e.target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const acting = membershipLabel(user, lang);

  return (
    <div className="user-menu" ref={rootRef}>
      <button ref={buttonRef} type="button" className="user-menu__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {user.displayName} <span className="user-menu__membership">{acting}</span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <span className="block muted">{t('membership.acting')}</span>
          <span className="block">{acting}</span>
          <span className="block muted">{user.email}</span>
        </p>
        <MembershipSwitcher key={user.membershipId} user={user} />
        <ul>
          <li>
            <Link to="/account/password">{t('account.changePassword')}</Link>
          </li>
          <li>
            <Link to="/account/security">{t('security.link')}</Link>
          </li>
          <li>
            <Link to="/account/sessions">{t('sessions.link')}</Link>
          </li>
          <li>
            <button
              type="button"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true);
                signOut()
                  .catch(() => undefined)
                  .finally(() => setSigningOut(false));
              }}
            >
              {t('auth.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
