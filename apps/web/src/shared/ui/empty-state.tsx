import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** An empty list says what it means and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="wmo-empty-state" aria-label={title}>
      <Heading2>{title}</Heading2>
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
    </section>
  );
}
