import type { AppConfig } from '@wmo/config';
import { addWorkingDays } from '@wmo/domain';

/** When a hold made now runs out: working days, or a fixed number of seconds if configured. */
export function holdExpiresAt(
  config: Pick<AppConfig, 'HOLD_WORKING_DAYS' | 'HOLD_DURATION_SECONDS'>,
  now: Date,
): Date {
  if (config.HOLD_DURATION_SECONDS) {
    return new Date(now.getTime() + config.HOLD_DURATION_SECONDS * 1000);
  }
  return addWorkingDays(now, config.HOLD_WORKING_DAYS);
}
