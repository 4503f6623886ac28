import {
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { TEXT } from './texts';
import './resident.css';

export function ResidentLayout({ children }: { children: ReactNode }) {
  return (
    <Page className="wmo-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="wmo-header">
        <Paragraph className="wmo-header__site">{TEXT.site}</Paragraph>
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="wmo-main wmo-resident">
          {children}
        </main>
      </PageContent>
      <PageFooter className="wmo-footer">
        <Paragraph>{TEXT.privacy}</Paragraph>
      </PageFooter>
    </Page>
  );
}
