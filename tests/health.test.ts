import { testEnv } from './support/test-env';

describe('GET /health', () => {
  it('reports MongoDB and Redis as up', async () => {
    const response = await fetch(`${testEnv().apiUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', mongodb: 'up', redis: 'up' });
  });
});
