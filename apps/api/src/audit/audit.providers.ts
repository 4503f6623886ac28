import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditCoverage } from './audit-coverage';
import { AuditInterceptor } from './audit.interceptor';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditTrail } from './audit-trail';

/** What AppModule registers for the audit log (it also imports DiscoveryModule for the check). */
export const auditProviders = [
  AuditTrail,
  { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  AuditCoverage,
  AuditLogResolver,
];
