import { RetentionRepository } from '../retention/retention.repository';
import { AuditLogRepository } from './audit-log.repository';
import { auditEntrySchema, AUDIT_ENTRY_MODEL } from './audit-entry.schema';

/** What PersistenceModule registers for the audit log and the retention job. */
export const auditModels = [{ name: AUDIT_ENTRY_MODEL, schema: auditEntrySchema }];

export const auditProviders = [AuditLogRepository, RetentionRepository];
