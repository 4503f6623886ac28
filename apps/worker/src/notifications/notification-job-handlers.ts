import { Injectable } from '@nestjs/common';
import type { NotificationJobHandlers } from '@wmo/queue';
import { EmailDelivery } from './email-delivery';
import { NotificationSweep } from './notification-sweep';

/** One small, idempotent handler per notifications job. */
@Injectable()
export class NotificationJobHandlerSet {
  constructor(
    private readonly delivery: EmailDelivery,
    private readonly sweep: NotificationSweep,
  ) {}

  readonly handlers: NotificationJobHandlers = {
    'send-email': async ({ emailId }) => {
      const outcome = await this.delivery.deliver(emailId);
      // Thrown, so that BullMQ tries again after its backoff, when the other lease has run out.
      if (outcome === 'busy') throw new Error(`e-mail ${emailId} is being sent by another worker`);
      return { outcome };
    },
    'notification-sweep': () => this.sweep.run(),
  };
}
