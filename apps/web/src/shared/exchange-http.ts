import { GraphqlCallError, type GraphqlFailure } from './graphql-http';

/** Where a page gets a valid access token (the session store). */
export interface ExchangeTokens {
  token(): Promise<string | null>;
}

/**
 * Calls the api's file routes (/exchange/…) with the session's token. A failure becomes a
 * GraphqlCallError with the server's Dutch message, so pages show it like any other error.
 */
async function call(tokens: ExchangeTokens, path: string, init: RequestInit): Promise<Response> {
  const token = await tokens.token();
  let response: Response;
  try {
    response = await fetch(`/exchange/${path}`, {
      ...init,
      headers: { ...(init.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new GraphqlCallError([{ message: '', code: 'NETWORK', field: null }]);
  }
  if (!response.ok) throw new GraphqlCallError([await failureOf(response)]);
  return response;
}

async function failureOf(response: Response): Promise<GraphqlFailure> {
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
    field?: string;
  } | null;
  return {
    message: body?.message ?? '',
    code: body?.code ?? (response.status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR'),
    field: body?.field ?? null,
  };
}

/** Downloads a file: the browser saves it under the server's name. */
export async function downloadExchangeFile(
  tokens: ExchangeTokens,
  path: string,
  fallbackName: string,
): Promise<void> {
  const response = await call(tokens, path, { method: 'GET' });
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Posts JSON and reads the JSON answer. */
export async function postExchangeJson<T>(
  tokens: ExchangeTokens,
  path: string,
  body: string,
): Promise<T> {
  const response = await call(tokens, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return (await response.json()) as T;
}
