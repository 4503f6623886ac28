import {
  Alert,
  Heading2,
  Link,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the input, so the link can jump there. */
  readonly inputId: string;
  readonly message: string;
}

/**
 * After a submit with mistakes (set the list when the form is submitted): a list of them at the top of the form, focused so it is read
 * out, each linking to its field (the field shows the same message next to it).
 */
export function ErrorSummary({ problems }: { problems: readonly FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus follows what the list says, not the array's identity: a page that rebuilds the list
  // on every render must not pull focus away from the field being typed in.
  const content = problems.map((problem) => `${problem.inputId}:${problem.message}`).join('|');
  useEffect(() => {
    if (content) ref.current?.focus();
  }, [content]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="wmo-error-summary">
      <Alert type="error" role="alert">
        <Heading2>Controleer {problems.length === 1 ? 'dit veld' : 'deze velden'}</Heading2>
        <UnorderedList>
          {problems.map((problem) => (
            <UnorderedListItem key={problem.inputId}>
              <Link
                href={`#${problem.inputId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(problem.inputId)?.focus();
                }}
              >
                {problem.message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
