import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { CurrentUser } from '@bussanten/contracts';
import { useAuth } from '../auth/AuthContext';
import { roleKey } from '../i18n/format';
import { useI18n } from '../i18n/i18n';

/** Where the user belongs: their host for organizers, their municipality for representatives. */
export function affiliationOf(user: Pick<CurrentUser, 'host' | 'municipality'>, lang: 'ja' | 'en'): string | null {
  if (user.municipality) return `${user.municipality.prefecture} ${user.municipality.name}`;
  if (user.host) return lang === 'en' && user.host.nameEn ? user.host.nameEn : user.host.name;
  return null;
}

/**
 * The signed-in user's menu in the header: a button named by their display name that shows who and
 * where they are, the way to change the password, and sign-out. A disclosure (not an ARIA menu), so
 * its links and button are reached with Tab like anything else; Escape and clicking elsewhere close it.
 */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t, lang } = useI18n();
  const { signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

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

  const affiliation = affiliationOf(user, lang);

  return (
    <div className="user-menu" ref={rootRef}>
      <button ref={buttonRef} type="button" className="user-menu__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {user.displayName}
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <span className="block">{t(roleKey(user.role))}</span>
          {affiliation && <span className="block">{affiliation}</span>}
          <span className="block muted">{user.email}</span>
        </p>
        <ul>
          <li>
            <Link to="/account/password">{t('account.changePassword')}</Link>
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
