import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphqlFailure {
  readonly message: string;
  readonly code: string | null;
  readonly field: string | null;
}

/** A GraphQL call that failed: the server's errors, or the network. */
export class GraphqlCallError extends Error {
  constructor(readonly failures: readonly GraphqlFailure[]) {
    super(failures[0]?.message ?? 'Onbekende fout');
  }

  get code(): string | null {
    return this.failures[0]?.code ?? null;
  }
}

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

/**
 * One GraphQL call over plain fetch, for the few operations that run outside Apollo Client
 * (the session and the resident's first load). Cookies go along (same origin).
 */
export async function postGraphql<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string | null,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new GraphqlCallError([{ message: 'NETWORK', code: 'NETWORK', field: null }]);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: TData | null;
    errors?: RawError[];
  };
  if (body.errors?.length || !body.data) {
    throw new GraphqlCallError(
      (body.errors ?? [{ message: `HTTP ${response.status}` }]).map(toFailure),
    );
  }
  return body.data;
}

export function toFailure(error: RawError): GraphqlFailure {
  const code = error.extensions?.code;
  const field = error.extensions?.field;
  return {
    message: typeof error.message === 'string' ? error.message : 'Onbekende fout',
    code: typeof code === 'string' ? code : null,
    field: typeof field === 'string' ? field : null,
  };
}
