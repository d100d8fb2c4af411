import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

const municipalitiesSection = (path: string) => path === '/registry' || path.startsWith('/registry/municipalities');
const agreementsSection = (path: string) => path.startsWith('/registry/agreements');

/** 'page' on the section's own list, 'true' anywhere else in the section (e.g. a detail page). */
function current(pathname: string, home: string, inSection: (path: string) => boolean): 'page' | 'true' | undefined {
  if (pathname === home) return 'page';
  return inSection(pathname) ? 'true' : undefined;
}

export function Layout() {
  const { t } = useI18n();
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // After moving to another page, start reading (and tabbing) from its content, not the old focus.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="brand">
            <Link to="/registry">{t('app.name')}</Link>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </p>
          <LanguageSwitch />
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              <li>
                <Link to="/registry" aria-current={current(pathname, '/registry', municipalitiesSection)}>
                  {t('nav.municipalities')}
                </Link>
              </li>
              <li>
                <Link to="/registry/agreements" aria-current={current(pathname, '/registry/agreements', agreementsSection)}>
                  {t('nav.agreements')}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        {navigation.state === 'loading' && (
          <p className="page-progress" role="status">
            {t('nav.loading')}
          </p>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
