import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { Role } from '@bussanten/contracts';
import { SIGN_IN_PATH, homeOf } from '../auth/access';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/dictionaries';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

const municipalitiesSection = (path: string) => path === '/registry' || path.startsWith('/registry/municipalities');
const agreementsSection = (path: string) => path.startsWith('/registry/agreements');
const within = (home: string) => (path: string) => path === home || path.startsWith(`${home}/`);

interface NavItem {
  to: string;
  label: MessageKey;
  inSection: (path: string) => boolean;
}

/** Each role's sections; a signed-out visitor has none. */
const NAV: Record<Role, readonly NavItem[]> = {
  // The operator runs the install: hosts and their counts, nothing inside a host.
  [Role.Operator]: [{ to: '/operator', label: 'nav.hosts', inSection: within('/operator') }],
  [Role.Organizer]: [
    { to: '/home', label: 'nav.home', inSection: within('/home') },
    { to: '/fairs', label: 'nav.fairs', inSection: (path) => within('/fairs')(path) || within('/venues')(path) },
    { to: '/guests', label: 'nav.guests', inSection: within('/guests') },
    { to: '/registry', label: 'nav.municipalities', inSection: municipalitiesSection },
    { to: '/registry/agreements', label: 'nav.agreements', inSection: agreementsSection },
    { to: '/people', label: 'nav.people', inSection: within('/people') },
    { to: '/audit', label: 'nav.audit', inSection: within('/audit') },
    { to: '/outbox', label: 'nav.outbox', inSection: within('/outbox') },
    { to: '/notices', label: 'nav.notices', inSection: within('/notices') },
  ],
  // On-site staff: the day's actions only.
  [Role.Staff]: [{ to: '/notices', label: 'nav.notices', inSection: within('/notices') }],
  [Role.Representative]: [
    { to: '/my', label: 'nav.myMunicipality', inSection: (path) => path === '/my' },
    { to: '/my/fairs', label: 'nav.applications', inSection: (path) => within('/my/fairs')(path) || within('/my/applications')(path) },
  ],
};

/** 'page' on the section's own list, 'true' anywhere else in the section (e.g. a detail page). */
function current(pathname: string, home: string, inSection: (path: string) => boolean): 'page' | 'true' | undefined {
  if (pathname === home) return 'page';
  return inSection(pathname) ? 'true' : undefined;
}

export function Layout() {
  const { t } = useI18n();
  const { user, pending, status, switchCount } = useAuth();
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  // A switch of membership shows a new page even when the new role's home is the same path.
  const shown = `${switchCount}:${pathname}`;
  const previousShown = useRef(shown);

  // After moving to another page, start reading (and tabbing) from its content, not the old focus.
  useEffect(() => {
    if (previousShown.current === shown) return;
    previousShown.current = shown;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [shown]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="brand">
            <Link to={user ? homeOf(user.role) : '/'}>{t('app.name')}</Link>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </p>
          <LanguageSwitch />
          {user ? (
            <UserMenu user={user} />
          ) : (
            status !== 'loading' &&
            !pending &&
            pathname !== SIGN_IN_PATH && (
              <Link className="header-sign-in" to={SIGN_IN_PATH}>
                {t('auth.signInLink')}
              </Link>
            )
          )}
          {user && (
            <nav aria-label={t('nav.label')} className="main-nav">
              <ul>
                {NAV[user.role].map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} aria-current={current(pathname, item.to, item.inSection)}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
        {navigation.state === 'loading' && (
          <p className="page-progress" role="status">
            {t('nav.loading')}
          </p>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {/* A new page tree after switching membership: nothing loaded for the previous host is kept. */}
        <Outlet key={switchCount} />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
