import type { AccessScope } from './access-scope';
import { seesEverything } from './access-scope';

/** A single request: its municipality's staff, its resident, admins and the system. */
export function mayReadRequest(
  scope: AccessScope,
  request: { readonly id: string; readonly municipalityCode: string },
): boolean {
  if (seesEverything(scope)) return true;
  switch (scope.kind) {
    case 'MUNICIPALITIES':
      return scope.municipalityCodes.includes(request.municipalityCode);
    case 'REQUEST':
      return scope.requestId === request.id;
    case 'PROVIDER':
    case 'FIGURES':
      return false;
  }
}

/** Requests are made and changed by staff of their municipality (and the system). */
export function mayChangeRequest(
  scope: AccessScope,
  request: { readonly municipalityCode: string },
): boolean {
  if (scope.kind === 'SYSTEM') return true;
  return (
    scope.kind === 'MUNICIPALITIES' && scope.municipalityCodes.includes(request.municipalityCode)
  );
}

/** A referral: the provider it was sent to, staff of the request's municipality, admins. */
export function mayReadReferral(
  scope: AccessScope,
  referral: { readonly providerId: string; readonly municipalityCode: string },
): boolean {
  if (seesEverything(scope)) return true;
  switch (scope.kind) {
    case 'MUNICIPALITIES':
      return scope.municipalityCodes.includes(referral.municipalityCode);
    case 'PROVIDER':
      return scope.providerId === referral.providerId;
    case 'REQUEST':
    case 'FIGURES':
      return false;
  }
}

/**
 * The professionals' view of a request (referral history, resident links): staff of its
 * municipality, admins and the system; not its resident.
 */
export function mayReadCaseFile(
  scope: AccessScope,
  request: { readonly municipalityCode: string },
): boolean {
  if (seesEverything(scope)) return true;
  return (
    scope.kind === 'MUNICIPALITIES' && scope.municipalityCodes.includes(request.municipalityCode)
  );
}

/**
 * An offering's data: its own provider, admins, and staff of a municipality it serves (region
 * policy: staff keep the social map of their own municipality current).
 */
export function mayChangeOffering(
  scope: AccessScope,
  offering: { readonly providerId: string; readonly municipalitiesServed: readonly string[] },
): boolean {
  if (seesEverything(scope)) return true;
  switch (scope.kind) {
    case 'PROVIDER':
      return scope.providerId === offering.providerId;
    case 'MUNICIPALITIES':
      return offering.municipalitiesServed.some((code) => scope.municipalityCodes.includes(code));
    case 'REQUEST':
    case 'FIGURES':
      return false;
  }
}

/** A provider reads only its own offerings one by one; everyone else who may search, any. */
export function mayReadOffering(
  scope: AccessScope,
  offering: { readonly providerId: string },
): boolean {
  return scope.kind !== 'PROVIDER' || scope.providerId === offering.providerId;
}

/**
 * Which municipalities' own data (aggregate figures, ranking policy) the scope may see; null:
 * all of them. Providers and residents: none.
 */
export function municipalitiesVisibleTo(scope: AccessScope): readonly string[] | null {
  if (seesEverything(scope)) return null;
  return scope.kind === 'FIGURES' || scope.kind === 'MUNICIPALITIES' ? scope.municipalityCodes : [];
}
