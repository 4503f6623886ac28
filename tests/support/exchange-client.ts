import { testEnv } from './test-env';

export interface ExchangeResponse {
  status: number;
  contentType: string;
  disposition: string;
  text: string;
}

/** GET on the exchange routes (/exchange/...) with a Bearer token. */
export async function exchangeGet(
  path: string,
  token?: string,
  apiUrl = testEnv().apiUrl,
): Promise<ExchangeResponse> {
  const response = await fetch(`${apiUrl}/exchange/${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    text: await response.text(),
  };
}

/** Posts an HSDS document for import (a dry run unless `apply`). */
export async function hsdsImport(
  document: unknown,
  token: string | undefined,
  { apply, apiUrl = testEnv().apiUrl }: { apply: boolean; apiUrl?: string },
): Promise<{ status: number; body: HsdsImportReportView }> {
  const response = await fetch(`${apiUrl}/exchange/hsds?dryRun=${apply ? 'false' : 'true'}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(document),
  });
  return { status: response.status, body: (await response.json()) as HsdsImportReportView };
}

export interface HsdsImportReportView {
  dryRun: boolean;
  applied: boolean;
  organizations: { created: number; updated: number; unchanged: number };
  services: { created: number; updated: number; unchanged: number };
  rejected: { kind: string; id: string | null; index: number; reasons: string[] }[];
  code?: string;
}
