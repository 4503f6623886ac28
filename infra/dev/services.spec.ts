import { existsSync } from 'node:fs';
import { createConnection as connectTcp } from 'node:net';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { startServices } from './services';

const STARTUP_TIMEOUT_MS = 60_000;

function portOf(url: string): number {
  return Number(new URL(url).port);
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectTcp({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startServices', () => {
  it(
    'starts private FerretDB and Redis, and removes them again on stop',
    async () => {
      const services = await startServices({ ...process.env, MONGODB_URI: '', REDIS_URL: '' });
      try {
        expect(services.mongoUri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
        expect(services.redisUrl).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
        expect(services.started).toHaveLength(2);

        const db = await mongoose
          .createConnection(services.mongoUri, { dbName: 'services_spec' })
          .asPromise();
        try {
          const Probe = db.model('Probe', new mongoose.Schema({ name: String }));
          await Probe.create({ name: 'ferret' });
          const found = await Probe.findOne({ name: 'ferret' }).lean();
          expect(found?.name).toBe('ferret');
        } finally {
          await db.close();
        }

        const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 1 });
        try {
          await redis.set('services-spec', 'ok');
          expect(await redis.get('services-spec')).toBe('ok');
        } finally {
          await redis.quit();
        }
      } finally {
        await services.stop();
      }

      expect(await acceptsConnections(portOf(services.mongoUri))).toBe(false);
      expect(await acceptsConnections(portOf(services.redisUrl))).toBe(false);
      for (const service of services.started) {
        expect(existsSync(service.dataDir)).toBe(false);
      }
      await expect(services.stop()).resolves.toBeUndefined();
    },
    STARTUP_TIMEOUT_MS,
  );

  it('passes MONGODB_URI and REDIS_URL through without starting anything', async () => {
    const env = {
      MONGODB_URI: 'mongodb://db.example.test:27017/wmo?replicaSet=rs0',
      REDIS_URL: 'redis://cache.example.test:6379',
    };

    const services = await startServices(env);

    expect(services.mongoUri).toBe(env.MONGODB_URI);
    expect(services.redisUrl).toBe(env.REDIS_URL);
    expect(services.started).toEqual([]);
    await services.stop();
  });
});
