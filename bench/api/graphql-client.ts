interface GraphqlBody<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string }[];
}

/** One GraphQL operation over HTTP; throws on any error in the answer. */
export async function graphqlRequest<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlBody<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(
      body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`,
    );
  }
  return body.data;
}
