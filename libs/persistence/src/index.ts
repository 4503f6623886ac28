export * from './object-ids';
export * from './page';
export * from './persistence.module';
export * from './providers/provider.repository';
export * from './offerings/offering.repository';
export * from './requests/support-request.repository';
export * from './shortlists/shortlist.repository';
export * from './users/user.repository';
