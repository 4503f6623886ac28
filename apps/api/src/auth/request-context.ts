import type { Actor } from '@wmo/domain';
import type { Request, Response } from 'express';
import type { GraphqlLoaders } from '../graphql/loaders';

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  requestId?: string;
}

/** What the access guard reads and sets: an HTTP request, or a WebSocket operation's stand-in. */
export interface CallerRequest {
  readonly headers: { readonly authorization?: string };
  actor?: Actor;
}

export interface GraphqlContext {
  req: CallerRequest;
  /** Set for HTTP calls (cookies are set on it); a WebSocket operation has none. */
  res?: Response;
  loaders: GraphqlLoaders;
}
