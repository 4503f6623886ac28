import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { ResidentShortlistFragment } from '../gql/graphql';
import { formatDistance, formatWaitingTime } from '../shared/format';
import { reasonsForResident } from './resident-view';
import { TEXT } from './texts';

type Option = ResidentShortlistFragment['options'][number];

/** One option: why it fits, how far, how long to wait, whether a place is free; no scores. */
export function OptionCard({
  option,
  total,
  chosen,
  canChoose,
  busy,
  onChoose,
}: {
  option: Option;
  total: number;
  chosen: boolean;
  canChoose: boolean;
  busy: boolean;
  onChoose: () => Promise<void>;
}) {
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const reasons = reasonsForResident(option.reasons);
  return (
    <li className={`wmo-option${chosen ? ' wmo-option--chosen' : ''}`} aria-labelledby={headingId}>
      <Paragraph className="wmo-option__rank">{TEXT.optionHeading(option.rank, total)}</Paragraph>
      <Heading2 id={headingId}>{option.providerName}</Heading2>
      {chosen && <StatusBadge status="active">{TEXT.yourChoice}</StatusBadge>}
      <DataList>
        <DataListItem>
          <DataListKey>{TEXT.distance}</DataListKey>
          <DataListValue>{formatDistance(option.distanceKm)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.waiting}</DataListKey>
          <DataListValue>{formatWaitingTime(option.waitingWeeks)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.place}</DataListKey>
          <DataListValue>
            {option.waitingList || option.freePlaces <= 0
              ? TEXT.placeWaitingList
              : TEXT.placeFree(option.freePlaces)}
          </DataListValue>
        </DataListItem>
      </DataList>
      {reasons.length > 0 && (
        <>
          <Heading3>{TEXT.whyFits}</Heading3>
          <UnorderedList>
            {reasons.map((reason) => (
              <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {option.stale && <Paragraph>{TEXT.staleNote}</Paragraph>}
      {canChoose && !chosen && !confirming && (
        <Paragraph>
          <Button
            ref={chooseRef}
            appearance="primary-action-button"
            onClick={() => setConfirming(true)}
          >
            {TEXT.choose(option.providerName)}
          </Button>
        </Paragraph>
      )}
      {confirming && (
        <div
          ref={confirmRef}
          tabIndex={-1}
          className="wmo-option__confirm"
          role="group"
          aria-label={TEXT.confirmYes}
        >
          <Paragraph>{TEXT.confirmQuestion(option.providerName)}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={busy}
              disabled={busy}
              onClick={async () => {
                await onChoose();
                setConfirming(false);
              }}
            >
              {busy ? TEXT.saving : TEXT.confirmYes}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => chooseRef.current?.focus());
              }}
            >
              {TEXT.confirmNo}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </li>
  );
}
