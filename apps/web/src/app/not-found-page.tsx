import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../shared/ui/app-link';
import { PageTitle } from '../shared/ui/page-title';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Deze pagina bestaat niet</PageTitle>
      <Paragraph>Misschien is de link oud, of zit er een typefout in het adres.</Paragraph>
      <Paragraph>
        <AppLink href="/">Ga naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
