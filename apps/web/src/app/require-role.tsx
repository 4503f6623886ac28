import { Paragraph } from '@utrecht/component-library-react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../gql/schema-types';
import { Loading } from '../shared/ui/loading';
import { PageTitle } from '../shared/ui/page-title';
import { useSession } from './session-context';

/** Pages of one role (or a few): others are sent to the login page or told they have no access. */
export function RequireRole({ role }: { role: Role | readonly Role[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'starting')
    return <Loading>Even geduld, we controleren uw sessie…</Loading>;
  if (session.status === 'anonymous') {
    return (
      <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />
    );
  }
  if (!(typeof role === 'string' ? [role] : role).includes(session.user.role)) {
    return (
      <>
        <PageTitle>Geen toegang</PageTitle>
        <Paragraph>
          Deze pagina is niet voor uw rol. Kies in het menu een pagina die u wel kunt gebruiken.
        </Paragraph>
      </>
    );
  }
  return <Outlet />;
}
