/**
 * What a person calls an offering on the provider's screens: its product, and its location
 * when the provider offers that product at more than one place, so every button and heading
 * ("Eén vrije plek minder voor Begeleiding regulier, locatie 1211") says which one it is about.
 */
export interface NamedOffering {
  readonly id: string;
  readonly productCode: string;
  readonly postcode: string;
}

export function offeringNames(
  offerings: readonly NamedOffering[],
  productName: (code: string) => string,
): Map<string, string> {
  const perProduct = new Map<string, number>();
  for (const offering of offerings) {
    perProduct.set(offering.productCode, (perProduct.get(offering.productCode) ?? 0) + 1);
  }
  const perPlace = new Map<string, number>();
  for (const offering of offerings) {
    const key = `${offering.productCode}@${offering.postcode}`;
    perPlace.set(key, (perPlace.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const offering of offerings) {
    const product = productName(offering.productCode);
    const key = `${offering.productCode}@${offering.postcode}`;
    let name = product;
    if ((perProduct.get(offering.productCode) ?? 0) > 1) {
      name = `${product}, locatie ${offering.postcode}`;
      if ((perPlace.get(key) ?? 0) > 1) {
        const number = (seen.get(key) ?? 0) + 1;
        seen.set(key, number);
        name = `${name} (${number})`;
      }
    }
    names.set(offering.id, name);
  }
  return names;
}
