import { isActiveRequestStatus, type MatchableRequest, type SupportRequest } from '@wmo/domain';
import { KEPT_TEXT } from '../shared/shared-values';
import { toMatchableRequest } from './matchable';

/**
 * The active requests in the shape the engine reads, indexed by product and municipality: an
 * offering change asks for one product in the few municipalities the offering serves.
 */
export class ActiveRequestIndex {
  private readonly byId = new Map<string, MatchableRequest>();
  /** product → municipality → id → request */
  private readonly byProduct = new Map<string, Map<string, Map<string, MatchableRequest>>>();

  /** Takes in a request as it is now: an active one is (re)indexed, any other leaves. */
  put(request: SupportRequest): void {
    if (isActiveRequestStatus(request.status))
      this.putActive(toMatchableRequest(request, KEPT_TEXT));
    else this.remove(request.id);
  }

  /** (Re)indexes a request known to be active. */
  putActive(matchable: MatchableRequest): void {
    this.remove(matchable.id);
    this.byId.set(matchable.id, matchable);
    const product = this.byProduct.get(matchable.productCode) ?? new Map();
    const municipality = product.get(matchable.municipalityCode) ?? new Map();
    municipality.set(matchable.id, matchable);
    product.set(matchable.municipalityCode, municipality);
    this.byProduct.set(matchable.productCode, product);
  }

  remove(requestId: string): void {
    const previous = this.byId.get(requestId);
    if (!previous) return;
    this.byId.delete(requestId);
    const product = this.byProduct.get(previous.productCode);
    const municipality = product?.get(previous.municipalityCode);
    municipality?.delete(requestId);
    if (municipality?.size === 0) product?.delete(previous.municipalityCode);
    if (product?.size === 0) this.byProduct.delete(previous.productCode);
  }

  /** Every active request. */
  values(): IterableIterator<MatchableRequest> {
    return this.byId.values();
  }

  get(requestId: string): MatchableRequest | undefined {
    return this.byId.get(requestId);
  }

  /** Active requests for this product in any of these municipalities, or in all of them. */
  activeFor(productCode: string, municipalityCodes: readonly string[] | 'ALL'): MatchableRequest[] {
    const product = this.byProduct.get(productCode);
    if (!product) return [];
    const codes =
      municipalityCodes === 'ALL' ? [...product.keys()] : [...new Set(municipalityCodes)];
    return codes.flatMap((code) => [...(product.get(code)?.values() ?? [])]);
  }

  /** Ids of the active requests, of one municipality if given. */
  activeIds(municipalityCode?: string): string[] {
    if (municipalityCode === undefined) return [...this.byId.keys()];
    return [...this.byProduct.values()].flatMap((product) => [
      ...(product.get(municipalityCode)?.keys() ?? []),
    ]);
  }

  get size(): number {
    return this.byId.size;
  }
}
