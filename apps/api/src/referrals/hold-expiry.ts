import type { AppConfig } from '@wmo/config';
import { holdEndsAt, type HoldDuration } from '@wmo/domain';

type HoldConfig = Pick<AppConfig, 'HOLD_WORKING_DAYS' | 'HOLD_DURATION_SECONDS'>;

/** The configured hold length: working days, or a fixed number of seconds if configured. */
export function holdDurationOf(config: HoldConfig): HoldDuration {
  return config.HOLD_DURATION_SECONDS
    ? { seconds: config.HOLD_DURATION_SECONDS }
    : { workingDays: config.HOLD_WORKING_DAYS };
}

/** When a hold made now runs out. */
export function holdExpiresAt(config: HoldConfig, now: Date): Date {
  return holdEndsAt(holdDurationOf(config), now);
}
