import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';
import type { ReferenceDataQuery } from '../gql/graphql';

const ReferenceData = graphql(`
  query ReferenceData {
    products {
      code
      name
      category
    }
    specialisms {
      code
      name
    }
    municipalities {
      code
      name
      inRegion
    }
    languages {
      code
      name
    }
  }
`);

export interface Reference {
  readonly products: ReferenceDataQuery['products'];
  readonly specialisms: ReferenceDataQuery['specialisms'];
  readonly municipalities: ReferenceDataQuery['municipalities'];
  readonly languages: ReferenceDataQuery['languages'];
  product(code: string): string;
  specialism(code: string): string;
  municipality(code: string): string;
  language(code: string): string;
}

/** Names for codes from the lists the api serves; an unknown code shows as itself. */
export function toReference(data: ReferenceDataQuery): Reference {
  const names = (list: readonly { code: string; name: string }[]) => {
    const map = new Map(list.map((item) => [item.code, item.name]));
    return (code: string) => map.get(code) ?? code;
  };
  return {
    ...data,
    product: names(data.products),
    specialism: names(data.specialisms),
    municipality: names(data.municipalities),
    language: names(data.languages),
  };
}

/** Reference data, loaded once per page load (it changes only with a new release). */
export function useReference(): { reference: Reference | null; error: unknown } {
  const { data, error } = useQuery(ReferenceData, { fetchPolicy: 'cache-first' });
  const reference = useMemo(() => (data ? toReference(data) : null), [data]);
  return { reference, error };
}
