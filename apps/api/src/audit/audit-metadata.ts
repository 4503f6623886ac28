/** Metadata keys of @Audited and @AuditExempt (no framework imports: unit-testable). */
export const AUDITED = 'wmo:audited';
export const AUDIT_EXEMPT = 'wmo:audit-exempt';

/** How @nestjs/graphql marks a Query, Mutation or Subscription method. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface ProviderInstance {
  readonly name: string;
  readonly instance: unknown;
}

/** `Class.method` of every GraphQL operation that is neither @Audited nor @AuditExempt. */
export function undeclaredOperations(providers: readonly ProviderInstance[]): string[] {
  const missing: string[] = [];
  for (const { name, instance } of providers) {
    if (!instance || typeof instance !== 'object') continue;
    for (const [methodName, method] of methodsOf(Object.getPrototypeOf(instance) as object)) {
      const type: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
      if (typeof type !== 'string' || !OPERATION_TYPES.has(type)) continue;
      const declared =
        Reflect.getMetadata(AUDITED, method) !== undefined ||
        Reflect.getMetadata(AUDIT_EXEMPT, method) !== undefined;
      if (!declared) missing.push(`${name}.${methodName}`);
    }
  }
  return missing.sort();
}

/** Methods along the prototype chain, the nearest definition of each name. */
function methodsOf(prototype: object): Map<string, object> {
  const methods = new Map<string, object>();
  for (
    let p: object | null = prototype;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  ) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key === 'constructor' || methods.has(key)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(p, key);
      if (typeof descriptor?.value === 'function') methods.set(key, descriptor.value as object);
    }
  }
  return methods;
}
