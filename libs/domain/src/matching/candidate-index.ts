import { hasSpecialisms } from './hard-filters';
import type {
  MatchableOffering,
  MatchableRequest,
  MatchingPolicy,
  RankedShortlist,
} from './matching.types';
import { rankPrefiltered, type RuledOutCounts } from './rank-offerings';

/**
 * Which offerings a ranking counts: those of the request's product (what the worker ranks
 * against; PRODUCT counts 0) or every offering in the index (as rankOfferings over all of them).
 */
export type CandidateScope = 'product' | 'all';

/**
 * Offerings indexed for ranking: by product, by municipality served and by specialism, kept
 * current one offering at a time. A request is ranked against only the offerings of its product
 * that serve its municipality (a few hundred at most, not every offering of the product); the
 * rest fail PRODUCT, SPECIALISM or MUNICIPALITY, filters that come before any distance or score,
 * and are counted from the index. So `rank` gives exactly what rankOfferings gives over the same
 * offerings — options and every "why not" count — at a fraction of the work.
 *
 * Distance is left to the engine: the municipality filter comes first and already narrows a
 * request to its candidates, and the DISTANCE count needs the exact distance of each of them.
 */
export class CandidateIndex {
  private readonly byId = new Map<string, MatchableOffering>();
  private readonly byProduct = new Map<string, ProductOfferings>();

  /** Adds an offering, or replaces the one with the same id. */
  put(offering: MatchableOffering): void {
    this.remove(offering.id);
    this.byId.set(offering.id, offering);
    let product = this.byProduct.get(offering.productCode);
    if (!product) {
      product = new ProductOfferings();
      this.byProduct.set(offering.productCode, product);
    }
    product.add(offering);
  }

  remove(offeringId: string): void {
    const previous = this.byId.get(offeringId);
    if (!previous) return;
    this.byId.delete(offeringId);
    const product = this.byProduct.get(previous.productCode);
    product?.delete(previous);
    if (product?.size === 0) this.byProduct.delete(previous.productCode);
  }

  clear(): void {
    this.byId.clear();
    this.byProduct.clear();
  }

  get(offeringId: string): MatchableOffering | undefined {
    return this.byId.get(offeringId);
  }

  /** Every offering in the index. */
  values(): IterableIterator<MatchableOffering> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every offering of a product, in no particular order. */
  offeringsOf(productCode: string): MatchableOffering[] {
    return [...(this.byProduct.get(productCode)?.all.values() ?? [])];
  }

  /** How many offerings `rank` judges one by one for this request. */
  candidateCount(request: MatchableRequest): number {
    return this.byProduct.get(request.productCode)?.serving(request.municipalityCode).size ?? 0;
  }

  /**
   * The shortlist of rankOfferings(request, offerings in scope, policy, now), from the request's
   * candidates only.
   */
  rank(
    request: MatchableRequest,
    policy: MatchingPolicy,
    now: Date,
    scope: CandidateScope = 'product',
  ): RankedShortlist {
    const product = this.byProduct.get(request.productCode);
    const inProduct = product?.size ?? 0;
    const otherProducts = scope === 'all' ? this.byId.size - inProduct : 0;
    const candidates = product?.serving(request.municipalityCode) ?? EMPTY;
    const ruledOut = product
      ? product.ruledOut(request, candidates)
      : { SPECIALISM: 0, MUNICIPALITY: 0 };
    const counts: RuledOutCounts = { ...ruledOut, PRODUCT: otherProducts };
    return rankPrefiltered(
      request,
      candidates.values(),
      counts,
      otherProducts + inProduct,
      policy,
      now,
    );
  }
}

const EMPTY: ReadonlyMap<string, MatchableOffering> = new Map();

/** The offerings of one product, by municipality served and by specialism. */
class ProductOfferings {
  readonly all = new Map<string, MatchableOffering>();
  private readonly byMunicipality = new Map<string, Map<string, MatchableOffering>>();
  private readonly bySpecialism = new Map<string, Set<MatchableOffering>>();
  /** How many offerings have all of a set of specialisms; forgotten on every change. */
  private readonly withSpecialisms = new Map<string, number>();

  get size(): number {
    return this.all.size;
  }

  add(offering: MatchableOffering): void {
    this.all.set(offering.id, offering);
    for (const code of new Set(offering.municipalitiesServed)) {
      let serving = this.byMunicipality.get(code);
      if (!serving) {
        serving = new Map();
        this.byMunicipality.set(code, serving);
      }
      serving.set(offering.id, offering);
    }
    for (const specialism of new Set(offering.specialisms)) {
      let having = this.bySpecialism.get(specialism);
      if (!having) {
        having = new Set();
        this.bySpecialism.set(specialism, having);
      }
      having.add(offering);
    }
    this.withSpecialisms.clear();
  }

  delete(offering: MatchableOffering): void {
    this.all.delete(offering.id);
    for (const code of offering.municipalitiesServed) {
      const serving = this.byMunicipality.get(code);
      serving?.delete(offering.id);
      if (serving?.size === 0) this.byMunicipality.delete(code);
    }
    for (const specialism of offering.specialisms) {
      const having = this.bySpecialism.get(specialism);
      having?.delete(offering);
      if (having?.size === 0) this.bySpecialism.delete(specialism);
    }
    this.withSpecialisms.clear();
  }

  serving(municipalityCode: string): ReadonlyMap<string, MatchableOffering> {
    return this.byMunicipality.get(municipalityCode) ?? EMPTY;
  }

  /**
   * The offerings of this product outside `candidates` (those not serving the request's
   * municipality), by the filter each fails first: SPECIALISM, else MUNICIPALITY.
   */
  ruledOut(
    request: MatchableRequest,
    candidates: ReadonlyMap<string, MatchableOffering>,
  ): { SPECIALISM: number; MUNICIPALITY: number } {
    const lacking = this.size - this.countWithSpecialisms(request.specialisms);
    let lackingAmongCandidates = 0;
    for (const offering of candidates.values()) {
      if (!hasSpecialisms(offering, request.specialisms)) lackingAmongCandidates++;
    }
    const specialism = lacking - lackingAmongCandidates;
    return {
      SPECIALISM: specialism,
      MUNICIPALITY: this.size - candidates.size - specialism,
    };
  }

  private countWithSpecialisms(required: readonly string[]): number {
    if (required.length === 0) return this.size;
    const unique = [...new Set(required)].sort();
    const key = unique.join('\u0000');
    let count = this.withSpecialisms.get(key);
    if (count === undefined) {
      count = this.countHavingAll(unique);
      this.withSpecialisms.set(key, count);
    }
    return count;
  }

  private countHavingAll(required: readonly string[]): number {
    let smallest: Set<MatchableOffering> | undefined;
    for (const specialism of required) {
      const having = this.bySpecialism.get(specialism);
      if (!having) return 0;
      if (!smallest || having.size < smallest.size) smallest = having;
    }
    if (!smallest) return this.size;
    if (required.length === 1) return smallest.size;
    let count = 0;
    for (const offering of smallest) {
      if (hasSpecialisms(offering, required)) count++;
    }
    return count;
  }
}
