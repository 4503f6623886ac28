import { ForbiddenError } from '../errors';
import type { Actor } from '../users/user';
import {
  mayChangeOffering,
  mayChangeRequest,
  mayReadCaseFile,
  mayReadOffering,
  mayReadReferral,
  mayReadRequest,
  municipalitiesVisibleTo,
} from './access-rules';
import { recordScopeOf, scopeOf, seesEverything, SystemScope } from './access-scope';

const HILVERSUM = 'GM0402';
const HUIZEN = 'GM0406';
const admin: Actor = { kind: 'ADMIN', userId: 'a' };
const staff: Actor = { kind: 'STAFF', userId: 's', municipalityCodes: [HILVERSUM] };
const provider: Actor = { kind: 'PROVIDER', userId: 'p', providerId: 'prov-1' };
const resident: Actor = { kind: 'RESIDENT', requestId: 'req-1', linkId: 'l' };
const policy: Actor = { kind: 'POLICY', userId: 'b', municipalityCodes: [HUIZEN] };

const request = { id: 'req-1', municipalityCode: HILVERSUM };
const otherRequest = { id: 'req-2', municipalityCode: HUIZEN };
const referral = { providerId: 'prov-1', municipalityCode: HILVERSUM };
const offering = { providerId: 'prov-1', municipalitiesServed: [HILVERSUM] };
const othersOffering = { providerId: 'prov-2', municipalitiesServed: [HUIZEN] };

describe('scopeOf: the one place an actor becomes a scope', () => {
  it('gives each role its own kind of scope', () => {
    expect(scopeOf(admin)).toEqual({ kind: 'ALL' });
    expect(scopeOf(staff)).toEqual({ kind: 'MUNICIPALITIES', municipalityCodes: [HILVERSUM] });
    expect(scopeOf(provider)).toEqual({ kind: 'PROVIDER', providerId: 'prov-1' });
    expect(scopeOf(resident)).toEqual({ kind: 'REQUEST', requestId: 'req-1' });
    expect(scopeOf(policy)).toEqual({ kind: 'FIGURES', municipalityCodes: [HUIZEN] });
  });

  it('refuses single records to policy users, who see figures only', () => {
    expect(() => recordScopeOf(policy)).toThrow(ForbiddenError);
    expect(recordScopeOf(staff).kind).toBe('MUNICIPALITIES');
  });

  it('names the job of a system scope, which sees everything', () => {
    const system = SystemScope.of('worker:test');
    expect(system).toEqual({ kind: 'SYSTEM', job: 'worker:test' });
    expect(seesEverything(system)).toBe(true);
    expect(seesEverything(scopeOf(staff))).toBe(false);
  });
});

describe('access rules', () => {
  it('lets staff read the requests of their municipality and a resident only its own', () => {
    expect(mayReadRequest(scopeOf(staff), request)).toBe(true);
    expect(mayReadRequest(scopeOf(staff), otherRequest)).toBe(false);
    expect(mayReadRequest(scopeOf(resident), request)).toBe(true);
    expect(mayReadRequest(scopeOf(resident), otherRequest)).toBe(false);
    expect(mayReadRequest(scopeOf(provider), request)).toBe(false);
    expect(mayReadRequest(scopeOf(policy), otherRequest)).toBe(false);
    expect(mayReadRequest(scopeOf(admin), otherRequest)).toBe(true);
  });

  it('lets only staff of the municipality (and the system) change a request', () => {
    expect(mayChangeRequest(scopeOf(staff), request)).toBe(true);
    expect(mayChangeRequest(scopeOf(staff), otherRequest)).toBe(false);
    expect(mayChangeRequest(scopeOf(admin), request)).toBe(false);
    expect(mayChangeRequest(scopeOf(resident), request)).toBe(false);
    expect(mayChangeRequest(SystemScope.of('worker:test'), request)).toBe(true);
  });

  it('shows a referral to its provider and to staff of the municipality', () => {
    expect(mayReadReferral(scopeOf(provider), referral)).toBe(true);
    expect(mayReadReferral(scopeOf(provider), { ...referral, providerId: 'prov-2' })).toBe(false);
    expect(mayReadReferral(scopeOf(staff), referral)).toBe(true);
    expect(mayReadReferral(scopeOf(staff), { ...referral, municipalityCode: HUIZEN })).toBe(false);
    expect(mayReadReferral(scopeOf(resident), referral)).toBe(false);
  });

  it('keeps the case file (history, links) from the resident and from providers', () => {
    expect(mayReadCaseFile(scopeOf(staff), request)).toBe(true);
    expect(mayReadCaseFile(scopeOf(admin), request)).toBe(true);
    expect(mayReadCaseFile(scopeOf(resident), request)).toBe(false);
    expect(mayReadCaseFile(scopeOf(provider), request)).toBe(false);
  });

  it('lets an offering be changed by its provider, admins and staff where it works', () => {
    expect(mayChangeOffering(scopeOf(provider), offering)).toBe(true);
    expect(mayChangeOffering(scopeOf(provider), othersOffering)).toBe(false);
    expect(mayChangeOffering(scopeOf(staff), offering)).toBe(true);
    expect(mayChangeOffering(scopeOf(staff), othersOffering)).toBe(false);
    expect(mayChangeOffering(scopeOf(admin), othersOffering)).toBe(true);
    expect(mayChangeOffering(scopeOf(policy), othersOffering)).toBe(false);
    expect(mayReadOffering(scopeOf(provider), othersOffering)).toBe(false);
    expect(mayReadOffering(scopeOf(staff), othersOffering)).toBe(true);
  });

  it('shows municipal figures to policy and staff of their own municipalities only', () => {
    expect(municipalitiesVisibleTo(scopeOf(policy))).toEqual([HUIZEN]);
    expect(municipalitiesVisibleTo(scopeOf(admin))).toBeNull();
    expect(municipalitiesVisibleTo(scopeOf(provider))).toEqual([]);
  });
});
