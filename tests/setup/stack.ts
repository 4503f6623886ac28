import type { ManagedProcess } from '../../infra/dev';

/** What global setup started and global teardown stops. */
export interface IntegrationStack {
  services: { stop(): Promise<void> };
  processes: ManagedProcess[];
}
