import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { AppLink } from '../shared/ui/app-link';
import {
  NotificationAdded,
  NotificationList,
  UnreadNotificationCount,
} from './notification-operations';
import { NOTIFICATIONS } from './texts';
import './notifications.css';

/**
 * The header's way to the notifications: the number of new ones, kept live by the
 * `notificationAdded` subscription; a new one is also announced to screen readers.
 */
export function NotificationBell() {
  const client = useApolloClient();
  const count = useQuery(UnreadNotificationCount, { fetchPolicy: 'cache-and-network' });
  const [arrived, setArrived] = useState('');
  useSubscription(NotificationAdded, {
    onData: ({ data }) => {
      const added = data.data?.notificationAdded;
      if (added) setArrived(NOTIFICATIONS.arrived(added.title));
      void client.refetchQueries({ include: [UnreadNotificationCount, NotificationList] });
    },
  });
  const unread = count.data?.unreadNotificationCount ?? 0;
  return (
    <>
      <AppLink href="/meldingen" className="wmo-bell">
        {NOTIFICATIONS.nav}{' '}
        {unread > 0 ? (
          <span className="wmo-bell__count">
            {unread}
            <span className="wmo-visually-hidden"> {NOTIFICATIONS.newSuffix}</span>
          </span>
        ) : (
          <span className="wmo-visually-hidden">{NOTIFICATIONS.noneNew}</span>
        )}
      </AppLink>
      <span role="status" className="wmo-visually-hidden">
        {arrived}
      </span>
    </>
  );
}
