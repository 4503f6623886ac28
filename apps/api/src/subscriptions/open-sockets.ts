export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** Close code 1012 "service restart": graphql-ws clients reconnect after it (it is not fatal). */
export const SERVICE_RESTART_CLOSE = { code: 1012, reason: 'Dienst herstart: verbind opnieuw' };

const open = new Set<ClosableSocket>();

/** Remembers an accepted subscription socket until it closes, so shutdown can close it. */
export function trackSocket(socket: ClosableSocket): void {
  open.add(socket);
  socket.once('close', () => open.delete(socket));
}

/** On shutdown: every open socket is closed with the reconnect hint; returns how many. */
export function closeOpenSockets(): number {
  const count = open.size;
  for (const socket of open) socket.close(SERVICE_RESTART_CLOSE.code, SERVICE_RESTART_CLOSE.reason);
  open.clear();
  return count;
}
