import type { ManagedProcess } from '@wmo/dev-services';

/** What global setup started and global teardown stops. */
export interface IntegrationStack {
  services: { stop(): Promise<void> };
  processes: ManagedProcess[];
}
