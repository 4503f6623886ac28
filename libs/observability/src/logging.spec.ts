import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module, Req } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { loggingModule, requestLogger } from './logging';

/** What a handler sees of the logging around it. */
@Controller()
class ProbeController {
  @Get('probe')
  probe(@Req() req: { log?: unknown }): { ownLog: boolean; storeBound: boolean } {
    // nestjs-pino's loggers find a bound request store first and the root logger otherwise.
    const current = new PinoLogger({}).logger;
    return { ownLog: typeof req.log === 'object', storeBound: current !== PinoLogger.root };
  }
}

@Module({ imports: [loggingModule('api')], controllers: [ProbeController] })
class ProbeModule {}

describe('request logging', () => {
  const saved = { ...process.env };
  afterAll(() => {
    process.env = saved;
  });

  it('gives each request its id and log, and binds no AsyncLocalStorage store to it', async () => {
    Object.assign(process.env, {
      MONGODB_URI: 'mongodb://127.0.0.1:27017',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 'z'.repeat(32),
      LOG_LEVEL: 'silent',
    });
    const app = await NestFactory.create(ProbeModule, { logger: false });
    // A store in use makes every promise of the process run async hooks (logging.ts).
    app.use(requestLogger('api', 'silent'));
    await app.listen(0, '127.0.0.1');
    try {
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/probe`, {
        headers: { 'x-request-id': 'probe-request-1' },
      });
      expect(response.headers.get('x-request-id')).toBe('probe-request-1');
      expect(await response.json()).toEqual({ ownLog: true, storeBound: false });
    } finally {
      await app.close();
    }
  });
});
