import type { Role } from '../gql/schema-types';
import { adminArea } from '../admin/admin-area';
import { policyArea } from '../insight/policy-area';
import { providerArea } from '../provider/provider-area';
import { staffArea } from '../staff/staff-area';
import type { Area } from './area';

export const AREAS: readonly Area[] = [staffArea, providerArea, adminArea, policyArea];

export function areaOf(role: Role): Area | undefined {
  return AREAS.find((area) => area.role === role);
}

export function homeOf(role: Role): string {
  return areaOf(role)?.home ?? '/';
}
