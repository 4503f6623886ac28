import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A confirmation or a hint. `ok` and `info` are announced politely; `warning` too — only errors
 * interrupt (ErrorNotice).
 */
export function Notice({
  type,
  children,
}: {
  type: 'ok' | 'info' | 'warning';
  children: ReactNode;
}) {
  return (
    <Alert type={type} role="status">
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
    </Alert>
  );
}
