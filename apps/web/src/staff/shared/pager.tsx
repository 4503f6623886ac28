import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';

const TEXT = {
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  range: (from: number, to: number, total: number, noun: string) =>
    from === to ? `${noun} ${from} van ${total}` : `${noun} ${from} tot en met ${to} van ${total}`,
};

/**
 * "Aanvragen 21 tot en met 40 van 57" with buttons to the previous and next page. The caller
 * moves focus to the top of the results after a page change.
 */
export function Pager(props: {
  readonly label: string;
  readonly noun: string;
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}) {
  const { label, noun, from, to, total, hasPrevious, hasNext, onPrevious, onNext } = props;
  if (total === 0) return null;
  return (
    <nav aria-label={label} className="wmo-staff-pager">
      <Paragraph>{TEXT.range(from, to, total, noun)}</Paragraph>
      {(hasPrevious || hasNext) && (
        <ButtonGroup>
          {hasPrevious && (
            <Button appearance="secondary-action-button" onClick={onPrevious}>
              {TEXT.previous}
            </Button>
          )}
          {hasNext && (
            <Button appearance="secondary-action-button" onClick={onNext}>
              {TEXT.next}
            </Button>
          )}
        </ButtonGroup>
      )}
    </nav>
  );
}
