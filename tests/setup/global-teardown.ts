import type { IntegrationStack } from './stack';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __wmoStack?: IntegrationStack }).__wmoStack;
  if (!stack) return;
  await Promise.all(stack.processes.map((p) => p.stop()));
  await stack.services.stop();
}
