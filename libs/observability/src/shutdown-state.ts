import { Injectable } from '@nestjs/common';

/**
 * Set when SIGTERM arrives: readiness turns red at once, so a load balancer stops sending new
 * work while the process finishes what it has.
 */
@Injectable()
export class ShutdownState {
  private stopping = false;

  begin(): void {
    this.stopping = true;
  }

  get isShuttingDown(): boolean {
    return this.stopping;
  }
}
