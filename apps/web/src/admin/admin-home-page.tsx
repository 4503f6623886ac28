import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../shared/ui/app-link';
import { PageTitle } from '../shared/ui/page-title';
import { QueueBoardCard } from './queue-board-card';
import { HOME_TEXT as TEXT } from './texts';
import './admin.css';

/** Beheer: where administrators start, with a way to each of their pages. */
export function AdminHomePage() {
  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>{TEXT.intro}</Paragraph>
      <ul className="wmo-cards">
        {TEXT.cards.map((card) => (
          <li key={card.href} className="wmo-card">
            <Heading2>
              <AppLink href={card.href}>{card.title}</AppLink>
            </Heading2>
            <Paragraph>{card.text}</Paragraph>
          </li>
        ))}
        <QueueBoardCard />
      </ul>
    </>
  );
}
