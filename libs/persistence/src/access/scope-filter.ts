import { Types } from 'mongoose';
import { seesEverything, type AccessScope } from '@wmo/domain';
import { isObjectId } from '../object-ids';

/** Where a collection keeps the fields a scope is about; a field left out never matches. */
export interface ScopeFields {
  /** The request's own id: `_id` on requests, `requestId` on what belongs to a request. */
  readonly request?: string;
  readonly municipality?: string;
  readonly provider?: string;
}

/** Matches no document (what a scope without access to this collection reads). */
export const NOTHING: Readonly<Record<string, unknown>> = Object.freeze({ _id: { $in: [] } });

/** The one translation of an access scope into a Mongo filter. */
export function scopeFilter(scope: AccessScope, fields: ScopeFields): Record<string, unknown> {
  if (seesEverything(scope)) return {};
  switch (scope.kind) {
    // Only aggregate reads accept FIGURES (see RecordScope): it never lists single records.
    case 'FIGURES':
    case 'MUNICIPALITIES':
      return fields.municipality
        ? { [fields.municipality]: { $in: [...scope.municipalityCodes] } }
        : NOTHING;
    case 'PROVIDER':
      return fields.provider && isObjectId(scope.providerId)
        ? { [fields.provider]: new Types.ObjectId(scope.providerId) }
        : NOTHING;
    case 'REQUEST':
      return fields.request && isObjectId(scope.requestId)
        ? { [fields.request]: new Types.ObjectId(scope.requestId) }
        : NOTHING;
  }
}
