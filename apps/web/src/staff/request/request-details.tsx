import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { formatDateTime, formatDecimal } from '../../shared/format';
import { FINANCING_LABELS, URGENCY_LABELS } from '../../shared/labels';
import type { Reference } from '../../shared/reference';
import { namesOf } from '../shared/staff-wording';
import type { StaffRequestData } from './request-query';
import { TEXT } from './texts';

const T = TEXT.details;

/** Everything the request asks for, as the consultant entered it (codes shown as names). */
export function RequestDetails({
  request,
  reference,
}: {
  request: StaffRequestData;
  reference: Reference;
}) {
  const rows: [string, ReactNode][] = [
    [T.municipality, reference.municipality(request.municipalityCode)],
    [T.postcode, request.postcode],
    [T.product, reference.product(request.productCode)],
    [T.specialisms, namesOf(request.specialisms, reference.specialism, T.none)],
    [T.urgency, URGENCY_LABELS[request.urgency]],
    [
      T.maxDistance,
      request.maxDistanceKm == null ? T.noLimit : T.km(formatDecimal(request.maxDistanceKm)),
    ],
    [T.languages, namesOf(request.languages, reference.language, T.none)],
    [T.requiredLanguages, namesOf(request.requiredLanguages, reference.language, T.none)],
    [T.financing, request.financing ? FINANCING_LABELS[request.financing] : T.noPreference],
    [T.waitingList, request.acceptsWaitingList ? T.yes : T.no],
    [
      T.maxWaitingWeeks,
      request.maxWaitingWeeks == null ? T.noLimit : `${request.maxWaitingWeeks} weken`,
    ],
    [T.partnersExcluded, request.excludeStrategicPartners ? T.excluded : T.included],
    [T.reason, request.strategicPartnerMismatch],
    [T.created, formatDateTime(request.createdAt)],
  ];
  return (
    <section aria-labelledby="aanvraag-gegevens" className="wmo-staff-section">
      <Heading2 id="aanvraag-gegevens">{T.title}</Heading2>
      <DataList className="wmo-staff-details">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}
