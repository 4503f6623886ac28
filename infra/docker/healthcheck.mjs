/* global process, fetch, AbortSignal -- Node 20 globals */
// Container health check: GET /health/live on the port given as argument, else PORT, else 3000.
// Exits 0 when it answers 200 within 2 seconds, 1 otherwise. No dependencies: runs in the image.
const port = process.argv[2] ?? process.env.PORT ?? '3000';
const path = '/health/live';

try {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    signal: AbortSignal.timeout(2000),
  });
  process.exit(response.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
