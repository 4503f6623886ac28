export * from './object-ids';
export * from './access/scope-filter';
export * from './page';
export * from './transient-write';
export * from './write-turns';
export * from './persistence.module';
export * from './providers/provider.repository';
export * from './offerings/offering.repository';
export * from './requests/support-request.repository';
export * from './shortlists/shortlist.codec';
export * from './shortlists/shortlist.repository';
export { SHORTLIST_MODEL, type ShortlistDocument } from './shortlists/shortlist.schema';
export * from './referrals';
export * from './resident-links/resident-link.repository';
export * from './users/user.repository';
export * from './sessions/session.repository';
export * from './matching-policies/matching-policy.repository';
export * from './insight/coverage-snapshot.repository';
export * from './bulk/bulk-loader';
export {
  EmailOutboxRepository,
  NotificationRepository,
  NotificationSettingsRepository,
  type NewNotification,
} from './notifications';
export * from './exchange-ids';
export * from './announcements/announcement-outbox.repository';
export * from './audit/audit-log.repository';
export * from './retention/retention.repository';
