import { useEffect, useState } from 'react';

/** The current time, renewed every `intervalMs`: for "nog 3 dagen" that stays true. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Runs `refresh` when the person comes back to the page (another tab, or the phone taken out
 * of a pocket): what they see first is then current, not what it was when they left.
 */
export function useRefreshOnReturn(refresh: () => void): void {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);
}
