import type { Request, Response } from 'express';

/** Where the queue dashboard is served (ADMIN only). */
export const QUEUE_BOARD_ROUTE = '/admin/queues';
/**
 * The dashboard is a page the browser loads itself, so it cannot send the web app's access
 * token (held in memory) as a header: the web app hands that token over once, and the api keeps
 * it in this cookie, sent only to the dashboard's own path, unreadable by scripts.
 */
export const QUEUE_BOARD_COOKIE = 'wmo_queue_board';

export function queueBoardTokenFrom(req: Request): string | undefined {
  const cookies = (req as Request & { cookies?: Record<string, unknown> }).cookies;
  const value = cookies?.[QUEUE_BOARD_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Lives as long as the access token it holds (minutes): then the admin opens it again. */
export function setQueueBoardCookie(
  res: Response,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  res.cookie(QUEUE_BOARD_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: QUEUE_BOARD_ROUTE,
    maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
  });
}
