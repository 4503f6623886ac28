import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph, StatusBadge, Strong } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { formatDateTime } from '../shared/format';
import { useAction } from '../shared/use-action';
import { usePages } from '../shared/use-pages';
import { AppLink } from '../shared/ui/app-link';
import { EmptyState } from '../shared/ui/empty-state';
import { ErrorNotice } from '../shared/ui/error-notice';
import { CheckboxField } from '../shared/ui/fields';
import { ListStates } from '../shared/ui/list-states';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { Pager } from '../shared/ui/pager';
import {
  MarkNotificationsRead,
  NotificationList,
  NotificationSettings,
  SetEmailNotifications,
  UnreadNotificationCount,
} from './notification-operations';
import { NOTIFICATIONS } from './texts';
import './notifications.css';

const PAGE = 20;

/** Meldingen: the user's notifications, newest first, live; and the e-mail setting. */
export function NotificationsPage() {
  const pages = usePages(PAGE);
  const list = useQuery(NotificationList, { variables: { first: PAGE, after: pages.after } });
  const markAll = useAction<number>();
  const [markRead] = useMutation(MarkNotificationsRead, {
    refetchQueries: [NotificationList, UnreadNotificationCount],
    awaitRefetchQueries: true,
  });
  const unread = list.data?.unreadNotificationCount ?? 0;
  return (
    <>
      <PageTitle>{NOTIFICATIONS.title}</PageTitle>
      <Paragraph>{NOTIFICATIONS.intro}</Paragraph>
      {unread > 0 && (
        <Button
          appearance="secondary-action-button"
          busy={markAll.busy}
          onClick={() =>
            void markAll.run(async () => (await markRead()).data?.markNotificationsRead ?? 0)
          }
        >
          {NOTIFICATIONS.markAll}
        </Button>
      )}
      {markAll.state.status === 'done' && <Notice type="ok">{NOTIFICATIONS.markedAll}</Notice>}
      {markAll.state.status === 'failed' && (
        <ErrorNotice error={markAll.state.error} title={NOTIFICATIONS.actionFailed} />
      )}
      <ListStates
        list={list.data?.notifications}
        error={list.error}
        onRetry={() => void list.refetch()}
        errorTitle={NOTIFICATIONS.loadError}
        loading={NOTIFICATIONS.loading}
        empty={<EmptyState title={NOTIFICATIONS.emptyTitle}>{NOTIFICATIONS.emptyText}</EmptyState>}
      >
        {(connection) => (
          <>
            <ul
              id={pages.targetId}
              tabIndex={-1}
              className="wmo-notification-list"
              aria-label={NOTIFICATIONS.listLabel}
            >
              {connection.edges.map(({ node }) => (
                <li key={node.id}>
                  <Paragraph>
                    <Strong>{node.title}</Strong>{' '}
                    <StatusBadge status={node.read ? 'neutral' : 'warning'}>
                      {node.read ? NOTIFICATIONS.read : NOTIFICATIONS.unread}
                    </StatusBadge>
                  </Paragraph>
                  <Paragraph>{node.body}</Paragraph>
                  <Paragraph>
                    <small>
                      <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
                    </small>{' '}
                    <AppLink href={node.link}>
                      {NOTIFICATIONS.open}
                      <span className="wmo-visually-hidden">: {node.title}</span>
                    </AppLink>
                  </Paragraph>
                </li>
              ))}
            </ul>
            <Pager label={NOTIFICATIONS.pagerLabel} pages={pages} pageInfo={connection.pageInfo} />
          </>
        )}
      </ListStates>
      <EmailSetting />
    </>
  );
}

function EmailSetting() {
  const headingId = useId();
  const fieldId = useId();
  const settings = useQuery(NotificationSettings);
  const change = useAction<boolean>();
  const [setEmail] = useMutation(SetEmailNotifications, {
    refetchQueries: [NotificationSettings],
  });
  // The box follows the click at once; a failure puts it back.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const current = settings.data?.notificationSettings;
  return (
    <section aria-labelledby={headingId} className="wmo-narrow">
      <Heading2 id={headingId}>{NOTIFICATIONS.emailTitle}</Heading2>
      {current && !current.emailAvailable && (
        <Paragraph>{NOTIFICATIONS.emailUnavailable}</Paragraph>
      )}
      {current?.emailAvailable && (
        <CheckboxField
          id={fieldId}
          label={NOTIFICATIONS.emailLabel}
          description={NOTIFICATIONS.emailDescription}
          checked={chosen ?? current.emailEnabled}
          onChange={(enabled) => {
            setChosen(enabled);
            void change.run(async () => {
              try {
                const result = await setEmail({ variables: { enabled } });
                return result.data?.setEmailNotifications.emailEnabled ?? enabled;
              } catch (error) {
                setChosen(null);
                throw error;
              }
            });
          }}
        />
      )}
      {change.state.status === 'done' && (
        <Notice type="ok">
          {change.state.result ? NOTIFICATIONS.emailOn : NOTIFICATIONS.emailOff}
        </Notice>
      )}
      {change.state.status === 'failed' && (
        <ErrorNotice error={change.state.error} title={NOTIFICATIONS.actionFailed} />
      )}
    </section>
  );
}
