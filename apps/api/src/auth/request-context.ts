import type { Actor } from '@wmo/domain';
import type { Request } from 'express';
import type { GraphqlLoaders } from '../graphql/loaders';

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  requestId?: string;
}

export interface GraphqlContext {
  req: AuthenticatedRequest;
  loaders: GraphqlLoaders;
}
