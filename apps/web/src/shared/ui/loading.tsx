import { Paragraph } from '@utrecht/component-library-react';

/** A calm message while data loads; announced once to screen readers. */
export function Loading({ children = 'Even geduld, de gegevens worden geladen…' }) {
  return (
    <Paragraph role="status" className="wmo-loading">
      {children}
    </Paragraph>
  );
}
