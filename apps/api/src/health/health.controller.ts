import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Response } from 'express';
import type { Connection } from 'mongoose';
import { MatchingQueue } from '@wmo/queue';
import { Public } from '../auth/allow.decorator';

type Status = 'up' | 'down';

/**
 * Readiness: 200 only when MongoDB and Redis both answer, 503 otherwise (and 200 again by itself
 * once they are back: both clients reconnect). `/health` and `/ready` are the same check.
 */
@Controller()
export class HealthController {
  constructor(
    @InjectConnection() private readonly mongo: Connection,
    private readonly queue: MatchingQueue,
  ) {}

  @Public()
  @Get(['health', 'ready'])
  async health(@Res() res: Response): Promise<void> {
    const [mongodb, redis] = await Promise.all([
      check(async () => {
        if (!this.mongo.db) throw new Error('not connected');
        await this.mongo.db.admin().ping();
      }),
      check(() => this.queue.ping()),
    ]);
    const ok = mongodb === 'up' && redis === 'up';
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok ? 'ok' : 'unavailable', mongodb, redis });
  }
}

async function check(probe: () => Promise<unknown>): Promise<Status> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 2_000);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
