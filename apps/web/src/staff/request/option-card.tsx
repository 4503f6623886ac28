import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Heading4,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  formatAge,
  formatDistance,
  formatFreePlaces,
  formatPoints,
  formatWaitingTime,
} from '../../shared/format';
import type { StaffShortlist } from './live-shortlist';
import { TEXT } from './texts';

const T = TEXT.option;

export type StaffOption = StaffShortlist['options'][number];

/** One option: who, why (reasons with their points), distance, waiting, places, and refer. */
export function OptionCard({
  option,
  preferred,
  onRefer,
}: {
  option: StaffOption;
  preferred: boolean;
  /** Absent when the request cannot be referred now. */
  onRefer?: (option: StaffOption) => void;
}) {
  const headingId = `optie-${option.offering?.id ?? option.rank}`;
  const reasons = option.reasons.filter((reason) => reason.code !== 'STALE_CAPACITY');
  return (
    <li className={`wmo-card wmo-staff-option${preferred ? ' wmo-staff-option--preferred' : ''}`}>
      <Heading3 id={headingId}>{T.heading(option.rank, option.providerName)}</Heading3>
      {(preferred || option.waitingList || option.stale) && (
        <div className="wmo-staff-badges">
          {preferred && <StatusBadge status="active">{T.preferred}</StatusBadge>}
          {option.waitingList && <StatusBadge status="neutral">{T.waitingList}</StatusBadge>}
          {option.stale && <StatusBadge status="warning">{T.stale}</StatusBadge>}
        </div>
      )}
      <DataList>
        <DataListItem>
          <DataListKey>{T.distance}</DataListKey>
          <DataListValue>{formatDistance(option.distanceKm)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.waitingTime}</DataListKey>
          <DataListValue>{formatWaitingTime(option.waitingWeeks)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.freePlaces}</DataListKey>
          <DataListValue>
            {option.waitingList ? T.freePlacesWaitingList : formatFreePlaces(option.freePlaces)}
          </DataListValue>
        </DataListItem>
        {option.offering && (
          <DataListItem>
            <DataListKey>{T.reported}</DataListKey>
            <DataListValue>{formatAge(option.offering.capacityUpdatedAt)}</DataListValue>
          </DataListItem>
        )}
        {option.score != null && (
          <DataListItem>
            <DataListKey>{T.score}</DataListKey>
            <DataListValue>{T.scoreValue(formatPoints(option.score))}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Heading4>{T.reasons}</Heading4>
      <UnorderedList>
        {reasons.map((reason) => (
          <UnorderedListItem key={reason.code}>
            {reason.label}
            {reason.points != null && <> ({T.points(formatPoints(reason.points))})</>}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {!option.offering && <Paragraph>{T.removed}</Paragraph>}
      {onRefer && option.offering && (
        <div className="wmo-staff-actions">
          <Button appearance="secondary-action-button" onClick={() => onRefer(option)}>
            {T.refer(option.providerName)}
          </Button>
        </div>
      )}
    </li>
  );
}
