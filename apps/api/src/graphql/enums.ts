import { registerEnumType } from '@nestjs/graphql';

// GraphQL enums mirror the domain's string unions one to one.
export enum Role {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  PROVIDER = 'PROVIDER',
  RESIDENT = 'RESIDENT',
  POLICY = 'POLICY',
}
export enum Financing {
  ZIN = 'ZIN',
  PGB = 'PGB',
}
export enum Urgency {
  ROUTINE = 'ROUTINE',
  SOON = 'SOON',
  URGENT = 'URGENT',
  CRISIS = 'CRISIS',
}
export enum RequestStatus {
  OPEN = 'OPEN',
  REFERRED = 'REFERRED',
  PLACED = 'PLACED',
  CLOSED = 'CLOSED',
}
export enum ProductCategory {
  BEGELEIDING = 'BEGELEIDING',
  DAGBESTEDING = 'DAGBESTEDING',
  HUISHOUDELIJKE_HULP = 'HUISHOUDELIJKE_HULP',
  REABLEMENT = 'REABLEMENT',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(Financing, {
  name: 'Financing',
  description: 'ZIN: zorg in natura; PGB: persoonsgebonden budget',
});
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(RequestStatus, { name: 'RequestStatus' });
registerEnumType(ProductCategory, { name: 'ProductCategory' });
