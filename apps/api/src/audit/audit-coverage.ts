import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { undeclaredOperations } from './audit-metadata';

/**
 * At start-up: every Query, Mutation and Subscription must be @Audited or @AuditExempt(reason).
 * A new operation that says neither stops the api with its name, so nothing touching a
 * resident's data can go unlogged by being forgotten.
 */
@Injectable()
export class AuditCoverage implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const missing = undeclaredOperations(
      this.discovery
        .getProviders()
        .map((wrapper) => ({ name: wrapper.name, instance: wrapper.instance as unknown })),
    );
    if (missing.length > 0) {
      throw new Error(
        `operations neither @Audited nor @AuditExempt: ${missing.join(', ')} (apps/api/src/audit)`,
      );
    }
  }
}
