import { BullBoardModule } from '@bull-board/nestjs';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@wmo/queue';
import { AccessModule } from '../auth/access.module';
import { QueueBoardAccess } from './queue-board-access.middleware';
import { QUEUE_BOARD_ROUTE } from './queue-board-cookie';
import { QueueBoardSessionController } from './queue-board-session.controller';

/**
 * The queue dashboard (bull-board) at /admin/queues, for ADMINs only: every queue's jobs,
 * failures and schedulers; an admin can retry or remove jobs there.
 */
@Module({
  imports: [
    AccessModule,
    QueueModule,
    BullBoardModule.forRootAsync({
      imports: [AccessModule],
      useFactory: () => ({
        route: QUEUE_BOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: QueueBoardAccess,
        boardOptions: { uiConfig: { boardTitle: 'Wachtrijen' } },
      }),
    }),
    BullBoardModule.forFeature(
      ...Object.values(QueueName).map((name) => ({ name, adapter: BullMQAdapter })),
    ),
  ],
  controllers: [QueueBoardSessionController],
})
export class QueueBoardModule {}
