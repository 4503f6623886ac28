import type { Financing } from '../types';

/** An offering (aanbod): one product of one provider at one location. */
export interface Offering {
  readonly id: string;
  readonly providerId: string;
  readonly productCode: string;
  readonly specialisms: readonly string[];
  /** PC4 of the location (a PC6 given at input is reduced to PC4). */
  readonly postcode: string;
  readonly municipalitiesServed: readonly string[];
  readonly maxTravelKm: number | null;
  readonly totalPlaces: number;
  readonly freePlaces: number;
  readonly waitingWeeks: number;
  readonly financing: readonly Financing[];
  readonly capacityUpdatedAt: Date;
  readonly createdAt: Date;
}

/** Append-only record of one capacity change: who, when, old → new. */
export interface CapacityEvent {
  readonly id: string;
  readonly offeringId: string;
  readonly providerId: string;
  readonly actorUserId: string;
  readonly at: Date;
  readonly before: { readonly freePlaces: number; readonly waitingWeeks: number } | null;
  readonly after: { readonly freePlaces: number; readonly waitingWeeks: number };
}
