import { useCallback, useRef, useState } from 'react';

/** The visible state of one action (a button that calls the api): busy, done or failed. */
export type ActionState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly result: T }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Runs an action once at a time and keeps its state for the screen. A second click while it
 * runs is ignored, so a double click never sends two referrals.
 */
export function useAction<T>() {
  const [state, setState] = useState<ActionState<T>>({ status: 'idle' });
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setState({ status: 'busy' });
    try {
      const result = await action();
      setState({ status: 'done', result });
      return result;
    } catch (error) {
      setState({ status: 'failed', error });
      return undefined;
    } finally {
      running.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset, busy: state.status === 'busy' };
}
