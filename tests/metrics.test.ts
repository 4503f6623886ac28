import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { eventually } from './support/eventually';
import { startExtraApi, type ExtraApi } from './support/extra-api';
import { aPrivateMarket, offeringIds, shortlistOf } from './support/scenario';
import { testEnv } from './support/test-env';

const scrape = async (baseUrl: string, authorization?: string) => {
  const response = await fetch(`${baseUrl}/metrics`, {
    headers: authorization ? { authorization } : {},
  });
  return { status: response.status, text: await response.text() };
};

/** The value of one sample line, e.g. `wmo_recompute_backlog 0`. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics (Prometheus)', () => {
  it('reports request latency, the matching queue, the backlog and recompute work', async () => {
    const { staff, offering, request } = await aPrivateMarket(2);
    await eventually(
      () => shortlistOf(staff.token, request.id),
      (shortlist) => offeringIds(shortlist).includes(offering.id),
      { what: 'a first shortlist' },
    );
    const { status, text } = await scrape(testEnv().apiUrl);
    expect(status).toBe(200);
    expect(text).toMatch(
      /^wmo_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/m,
    );
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(sample(text, `wmo_matching_jobs{state="${state}"}`)).toBeGreaterThanOrEqual(0);
    }
    expect(sample(text, 'wmo_recompute_backlog')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'wmo_recompute_backlog_oldest_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'wmo_hold_expiry_lag_seconds')).toBeGreaterThanOrEqual(0);
    // Counts that only grow are counters, so that rate() and increase() work on them.
    expect(text).toMatch(/^# TYPE wmo_shortlist_recomputes_total counter$/m);
    expect(sample(text, 'wmo_shortlist_recomputes_total{outcome="stored"}')).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, 'wmo_recompute_batches_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'wmo_recompute_batch_seconds_total')).toBeGreaterThan(0);
    expect(text).toMatch(/^# TYPE wmo_recompute_batches_total counter$/m);
    expect(text).toMatch(/^wmo_api_process_cpu_seconds_total /m);
  });

  describe('with METRICS_TOKEN', () => {
    let api: ExtraApi;
    const token = 'metrics-token-for-tests-0123456789';
    beforeAll(async () => {
      api = await startExtraApi({ METRICS_TOKEN: token });
    });
    afterAll(() => api.stop());

    it('wants the token as a bearer', async () => {
      expect((await scrape(api.url)).status).toBe(401);
      expect((await scrape(api.url, 'Bearer wrong-token-wrong-token-xx')).status).toBe(401);
      const allowed = await scrape(api.url, `Bearer ${token}`);
      expect(allowed.status).toBe(200);
      expect(allowed.text).toMatch(/^# TYPE wmo_recompute_backlog gauge$/m);
    });
  });

  describe('hold expiry lag', () => {
    // An api on a database of its own, which no worker serves: a hold there stays pending.
    const dbName = `metrics-holds-${randomUUID().slice(0, 8)}`;
    let api: ExtraApi;
    let db: mongoose.Connection;
    beforeAll(async () => {
      const appEnv = testEnv().appEnv;
      db = await mongoose.createConnection(appEnv.MONGODB_URI ?? '', { dbName }).asPromise();
      api = await startExtraApi({ MONGODB_DB: dbName });
    });
    afterAll(async () => {
      await api?.stop();
      await db?.dropDatabase();
      await db?.close();
    });

    it('is 0 without overdue holds, and how long past its end the oldest pending hold is', async () => {
      expect(sample((await scrape(api.url)).text, 'wmo_hold_expiry_lag_seconds')).toBe(0);
      const id = () => new mongoose.Types.ObjectId();
      const pending = (endedSecondsAgo: number) => ({
        _id: id(),
        requestId: id(),
        offeringId: id(),
        providerId: id(),
        municipalityCode: '0402',
        request: {
          reference: `REF-${randomUUID().slice(0, 6)}`,
          productCode: 'X',
          specialisms: [],
          postcode: '1211',
          urgency: 'ROUTINE',
        },
        status: 'PENDING',
        holdExpiresAt: new Date(Date.now() - endedSecondsAgo * 1000),
        createdAt: new Date(Date.now() - 86_400_000),
        createdByUserId: id(),
        respondedAt: null,
        reason: null,
      });
      await db
        .collection('referrals')
        .insertMany([
          pending(-3600),
          pending(120),
          pending(30),
          { ...pending(900), status: 'EXPIRED' },
        ]);
      const lag = sample((await scrape(api.url)).text, 'wmo_hold_expiry_lag_seconds');
      // The pending hold that ended 120 s ago; not the expired one, nor the one still running.
      expect(lag).toBeGreaterThanOrEqual(120);
      expect(lag).toBeLessThan(300);
    });
  });
});
