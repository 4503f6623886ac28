import { z } from 'zod';
import { FINANCING_FORMS } from '../../types';

/**
 * What an HSDS record must hold for the platform to take it over. Unknown fields are allowed
 * (HSDS has many the platform does not use); the fields it uses are checked strictly, with the
 * same limits as the API's own inputs.
 */
const hsdsId = z.string().trim().min(1).max(200);

export const organizationRecord = z.object({
  id: hsdsId,
  name: z.string().trim().min(1).max(200),
  organization_identifiers: z
    .array(
      z.object({
        identifier_scheme: z.string().max(40),
        identifier: z.string().trim().min(1).max(40),
      }),
    )
    .max(20)
    .optional(),
  x_wmo: z
    .object({
      strategic_partner: z.boolean().optional(),
      languages: z
        .array(z.string().regex(/^[a-zA-Z]{2}$/))
        .max(20)
        .optional(),
    })
    .optional(),
});

export const locationRecord = z.object({
  id: hsdsId,
  addresses: z
    .array(z.object({ postal_code: z.string().max(10) }))
    .min(1)
    .max(5),
});

export const serviceRecord = z.object({
  id: hsdsId,
  organization_id: hsdsId,
  status: z.string().max(40),
  service_areas: z
    .array(z.object({ uri: z.string().max(300).optional(), name: z.string().max(200).optional() }))
    .min(1)
    .max(50),
  service_at_locations: z.array(z.object({ location_id: hsdsId })).length(1),
  capacities: z
    .array(
      z.object({
        available: z.number().int().min(0).max(100_000),
        maximum: z.number().int().min(0).max(100_000),
        updated: z.iso.datetime({ offset: true }).optional(),
      }),
    )
    .length(1),
  x_wmo: z.object({
    product_code: z.string().max(40),
    specialisms: z.array(z.string().max(40)).max(20),
    financing: z.array(z.enum(FINANCING_FORMS)).min(1),
    max_travel_km: z.number().min(0.1).max(300).nullable().optional(),
    waiting_weeks: z.number().int().min(0).max(520),
  }),
});

export const documentShape = z.object({
  organizations: z.array(z.unknown()).max(10_000),
  services: z.array(z.unknown()).max(50_000),
  locations: z.array(z.unknown()).max(50_000),
});

export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type LocationRecord = z.infer<typeof locationRecord>;
export type ServiceRecord = z.infer<typeof serviceRecord>;

/** A zod problem in plain Dutch, naming the field. */
export function dutchIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : 'het record';
  switch (issue.code) {
    case 'invalid_type':
      // zod reports the received type only in its message.
      return issue.message.endsWith('received undefined')
        ? `${field} ontbreekt.`
        : `${field} heeft een verkeerd soort waarde.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${field} heeft te weinig onderdelen.`
        : issue.origin === 'string'
          ? `${field} is leeg of te kort.`
          : `${field} is te klein.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${field} heeft te veel onderdelen.`
        : issue.origin === 'string'
          ? `${field} is te lang.`
          : `${field} is te groot.`;
    case 'invalid_value':
      return `${field} heeft een waarde die niet is toegestaan.`;
    case 'invalid_format':
      return `${field} heeft niet de goede vorm.`;
    default:
      return `${field} klopt niet.`;
  }
}
