import { lazy } from 'react';
import type { Role } from '../gql/schema-types';

export { NotificationBell } from '../notifications/notification-bell';

/** Who is told of events: consultants and providers (administrators get no notifications). */
export const NOTIFIED_ROLES: readonly Role[] = ['STAFF', 'PROVIDER'];

// Loaded when first opened, like every area's pages.
export const NotificationsPage = lazy(() =>
  import('../notifications/notifications-page').then((m) => ({ default: m.NotificationsPage })),
);
