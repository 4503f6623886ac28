import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { AUDIT_EXEMPT, AUDITED } from './audited.decorator';

/** How @nestjs/graphql marks a Query, Mutation or Subscription method. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * At start-up: every Query, Mutation and Subscription must be @Audited or @AuditExempt(reason).
 * A new operation that says neither stops the api with its name, so nothing touching a
 * resident's data can go unlogged by being forgotten.
 */
@Injectable()
export class AuditCoverage implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const missing = undeclaredOperations(this.discovery, this.scanner);
    if (missing.length > 0) {
      throw new Error(
        `operations neither @Audited nor @AuditExempt: ${missing.join(', ')} (apps/api/src/audit)`,
      );
    }
  }
}

export function undeclaredOperations(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
): string[] {
  const missing: string[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const method = prototype[name];
      if (typeof method !== 'function') continue;
      const type: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
      if (typeof type !== 'string' || !OPERATION_TYPES.has(type)) continue;
      const declared =
        Reflect.getMetadata(AUDITED, method) !== undefined ||
        Reflect.getMetadata(AUDIT_EXEMPT, method) !== undefined;
      if (!declared) missing.push(`${wrapper.name}.${name}`);
    }
  }
  return missing.sort();
}
