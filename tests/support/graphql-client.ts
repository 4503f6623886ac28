import { testEnv } from './test-env';

export interface GraphqlErrorBody {
  message: string;
  path?: string[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlErrorBody[];
}

/** Posts one GraphQL operation to the running api. */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  apiUrl = testEnv().apiUrl,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Like graphql(), but fails the test with the errors when there are any. */
export async function graphqlOk<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await graphql<T>(query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

/** The single error of a failed operation (asserts there is exactly one). */
export function onlyError(result: GraphqlResponse<unknown>): GraphqlErrorBody {
  if (result.errors?.length !== 1) {
    throw new Error(
      `expected exactly one error, got ${JSON.stringify(result.errors ?? result.data)}`,
    );
  }
  return result.errors[0] as GraphqlErrorBody;
}
