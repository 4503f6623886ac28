import { useSyncExternalStore } from 'react';
import { Notice } from './notice';

function subscribe(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Says when the device is offline: what is on screen may be out of date then. */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <Notice type="warning">
      U bent offline. Wat u ziet, kan verouderd zijn. Zodra er weer verbinding is, werken we het
      bij.
    </Notice>
  );
}
