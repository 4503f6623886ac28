import {
  Button,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { Suspense, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../shared/labels';
import { AppLink } from '../shared/ui/app-link';
import { Loading } from '../shared/ui/loading';
import { OfflineBanner } from '../shared/ui/offline-banner';
import { areaOf } from './areas';
import { NOTIFIED_ROLES, NotificationBell } from './notifications-route';
import { useSession, useSessionStore } from './session-context';

export const SITE_NAME = 'Wmo-matching Gooi en Vechtstreek';

/** Skip link, header with the user's menu, one main landmark, footer. */
export function AppShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const store = useSessionStore();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const user = session.status === 'active' ? session.user : null;
  const nav = user ? (areaOf(user.role)?.nav ?? []) : [];
  // The longest menu path that contains this page: "/aanvragen/nieuw" is not also "/aanvragen".
  const current = nav
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .reduce<string | null>(
      (best, item) => (best && best.length >= item.href.length ? best : item.href),
      null,
    );
  return (
    <Page className="wmo-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="wmo-header">
        <div className="wmo-header__bar">
          <Paragraph className="wmo-header__site">
            <AppLink href="/">{SITE_NAME}</AppLink>
          </Paragraph>
          {user && (
            <div className="wmo-header__user">
              {NOTIFIED_ROLES.includes(user.role) && <NotificationBell />}
              <Paragraph>
                {user.displayName}
                <small>
                  {' '}
                  ({ROLE_LABELS[user.role]}
                  {user.provider ? `, ${user.provider.name}` : ''})
                </small>
              </Paragraph>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  void store.logout();
                  void navigate('/inloggen');
                }}
              >
                Uitloggen
              </Button>
            </div>
          )}
        </div>
        {nav.length > 0 && (
          <nav aria-label="Hoofdmenu" className="wmo-nav">
            <ul>
              {nav.map((item) => (
                <li key={item.href}>
                  <AppLink
                    href={item.href}
                    aria-current={item.href === current ? 'page' : undefined}
                  >
                    {item.label}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="wmo-main">
          <OfflineBanner />
          <Suspense fallback={<Loading>Even geduld, de pagina wordt geladen…</Loading>}>
            {children}
          </Suspense>
        </main>
      </PageContent>
      <PageFooter className="wmo-footer">
        <Paragraph>
          {SITE_NAME} – voor consulenten, aanbieders en beheerders van de regio. Vragen? Neem
          contact op met de functioneel beheerder van uw organisatie.
        </Paragraph>
      </PageFooter>
    </Page>
  );
}
