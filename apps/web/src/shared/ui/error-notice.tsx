import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { messageFor } from '../errors';

/** What went wrong and what to do, in Dutch; optionally a button to try again. */
export function ErrorNotice({
  error,
  onRetry,
  title = 'Dit lukte niet',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{title}.</strong> {messageFor(error)}
      </Paragraph>
      {onRetry && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={onRetry}>
            Opnieuw proberen
          </Button>
        </Paragraph>
      )}
    </Alert>
  );
}
