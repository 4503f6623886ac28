import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSessionStore } from '../app/session-context';
import { GraphqlCallError } from '../shared/graphql-http';
import { ErrorNotice } from '../shared/ui/error-notice';
import { QUEUE_BOARD_TEXT as TEXT } from './texts';

/**
 * The queue dashboard is a page of the api, not of this app: the api first puts this session's
 * access token in a cookie for that page only, then the browser goes there.
 */
export function QueueBoardCard() {
  const tokens = useSessionStore();
  const [state, setState] = useState<'idle' | 'busy' | { error: unknown }>('idle');

  const open = async () => {
    setState('busy');
    try {
      const token = await tokens.token();
      const response = await fetch('/admin/queue-board-session', {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new GraphqlCallError([
          { message: body?.message ?? '', code: 'FORBIDDEN', field: null },
        ]);
      }
      window.location.assign('/admin/queues');
    } catch (error) {
      setState({ error });
    }
  };

  return (
    <li className="wmo-card">
      <Heading2>{TEXT.title}</Heading2>
      <Paragraph>{TEXT.text}</Paragraph>
      <Paragraph>
        <Button
          appearance="secondary-action-button"
          busy={state === 'busy'}
          disabled={state === 'busy'}
          onClick={open}
        >
          {TEXT.open}
        </Button>
      </Paragraph>
      {typeof state === 'object' && <ErrorNotice error={state.error} />}
    </li>
  );
}
