import type { Scale } from '@wmo/synthetic';

/** `--name value` and `--name=value` flags; anything else is an error. */
export function parseFlags(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (!match?.[1] || !known.includes(match[1])) {
      throw new Error(
        `unknown argument ${argument}; known: ${known.map((k) => `--${k}`).join(' ')}`,
      );
    }
    const value = match[2] ?? argv[++index];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    flags.set(match[1], value);
  }
  return flags;
}

export function scaleFlag(flags: Map<string, string>, fallback: Scale): Scale {
  const value = flags.get('scale') ?? fallback;
  if (value !== 'region' && value !== 'national') {
    throw new Error(`--scale must be region or national, not ${value}`);
  }
  return value;
}

export function numberFlag(flags: Map<string, string>, name: string): number | undefined {
  const value = flags.get(name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`--${name} must be a non-negative integer, not ${value}`);
  }
  return parsed;
}
