import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { TEXT } from './texts';

/** An expired, revoked or broken link: what it means and whom to contact. */
export function LinkProblem() {
  useEffect(() => {
    document.title = TEXT.linkProblemTitle;
  }, []);
  return (
    <>
      <Heading1>{TEXT.linkProblemTitle}</Heading1>
      {TEXT.linkProblem.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
    </>
  );
}
