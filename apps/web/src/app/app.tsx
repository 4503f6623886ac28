import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from '../shared/apollo';
import { SessionStore } from '../shared/session';
import { Loading } from '../shared/ui/loading';
import { AppShell } from './app-shell';
import { AREAS, homeOf } from './areas';
import { LoginPage } from './login-page';
import { NOTIFIED_ROLES, NotificationsPage } from './notifications-route';
import { NotFoundPage } from './not-found-page';
import { RequireRole } from './require-role';
import { SessionProvider, useSession } from './session-context';

function HomeRedirect() {
  const session = useSession();
  if (session.status === 'starting')
    return <Loading>Even geduld, we controleren uw sessie…</Loading>;
  if (session.status === 'anonymous') return <Navigate to="/inloggen" replace />;
  return <Navigate to={homeOf(session.user.role)} replace />;
}

export function createApp() {
  const session = new SessionStore();
  const client = createApolloClient(session);
  // A new user must never see the previous user's cached data.
  session.subscribe(() => {
    if (session.getState().status === 'anonymous') void client.clearStore();
  });
  void session.restore();
  return function App() {
    return (
      <ApolloProvider client={client}>
        <SessionProvider store={session}>
          <BrowserRouter>
            <AppShell>
              <Routes>
                <Route path="/" element={<HomeRedirect />} />
                <Route path="/inloggen" element={<LoginPage />} />
                {AREAS.map((area) => (
                  <Route key={area.role} element={<RequireRole role={area.role} />}>
                    {area.routes}
                  </Route>
                ))}
                <Route element={<RequireRole role={NOTIFIED_ROLES} />}>
                  <Route path="/meldingen" element={<NotificationsPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </AppShell>
          </BrowserRouter>
        </SessionProvider>
      </ApolloProvider>
    );
  };
}
