import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appConfigSchema, loadConfig } from './app-config';

const ENV_EXAMPLE = join(__dirname, '..', '..', '..', '.env.example');

/** `NAME=value` lines of .env.example, commented (`# NAME=…`) or not. */
function readExample(): { documented: string[]; required: Record<string, string> } {
  const documented: string[] = [];
  const required: Record<string, string> = {};
  for (const line of readFileSync(ENV_EXAMPLE, 'utf8').split('\n')) {
    const match = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!match?.[2]) continue;
    documented.push(match[2]);
    if (!match[1]) required[match[2]] = match[3] ?? '';
  }
  return { documented, required };
}

describe('.env.example', () => {
  const { documented, required } = readExample();

  it('documents every variable of the configuration, and no other', () => {
    expect([...documented].sort()).toEqual(Object.keys(appConfigSchema.shape).sort());
  });

  it('sets exactly the required variables, with values the configuration accepts', () => {
    expect(() => loadConfig(required)).not.toThrow();
    const optional = Object.entries(appConfigSchema.shape)
      .filter(([, schema]) => schema.safeParse(undefined).success)
      .map(([name]) => name);
    expect(Object.keys(required).filter((name) => optional.includes(name))).toEqual([]);
  });
});
