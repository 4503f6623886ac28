import 'reflect-metadata';
import { AUDIT_EXEMPT, AUDITED, undeclaredOperations } from './audit-metadata';

/** What @Query / @Mutation and the audit decorators leave on a method. */
function mark(method: object, type: string, audit?: typeof AUDITED | typeof AUDIT_EXEMPT): void {
  Reflect.defineMetadata('graphql:resolver_type', type, method);
  if (audit) Reflect.defineMetadata(audit, audit === AUDITED ? { kind: 'READ' } : 'why', method);
}

class BaseResolver {
  inherited(): void {}
}

class RequestResolver extends BaseResolver {
  request(): void {}
  requests(): void {}
  products(): void {}
  createRequest(): void {}
  shortlist(): void {}
  helper(): void {}
}

describe('undeclaredOperations', () => {
  beforeAll(() => {
    const p = RequestResolver.prototype;
    mark(p.request, 'Query', AUDITED);
    mark(p.products, 'Query', AUDIT_EXEMPT);
    mark(p.requests, 'Query');
    mark(p.createRequest, 'Mutation');
    mark(p.shortlist, 'SupportRequest'); // a field resolver: not an operation
    mark(BaseResolver.prototype.inherited, 'Subscription');
  });

  it('names every Query, Mutation and Subscription that is neither audited nor exempt', () => {
    expect(
      undeclaredOperations([
        { name: 'RequestResolver', instance: new RequestResolver() },
        { name: 'Plain', instance: {} },
        { name: 'Factory', instance: null },
      ]),
    ).toEqual([
      'RequestResolver.createRequest',
      'RequestResolver.inherited',
      'RequestResolver.requests',
    ]);
  });
});
