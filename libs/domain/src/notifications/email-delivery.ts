/**
 * Rules of the e-mail outbox. Sending is claimed attempt by attempt with an insert under a
 * unique `(emailId, attempt)` — the only write FerretDB and MongoDB both make atomic — so two
 * workers never hold the same e-mail at once; a claim is good for a lease, after which a
 * crashed worker's e-mail may be tried again.
 */
export interface EmailClaim {
  readonly emailId: string;
  readonly attempt: number;
  readonly claimId: string;
  readonly claimedAt: Date;
  readonly leaseUntil: Date;
  /** Set when the attempt failed and gave the e-mail back before its lease ended. */
  readonly failedAt: Date | null;
}

export type DeliveryStep =
  | { readonly kind: 'done' }
  | { readonly kind: 'busy'; readonly until: Date }
  | { readonly kind: 'claim'; readonly attempt: number };

/** What a worker may do with an e-mail now, given whether it was sent and its latest claim. */
export function nextDeliveryStep(
  sent: boolean,
  latest: EmailClaim | null,
  now: Date,
): DeliveryStep {
  if (sent) return { kind: 'done' };
  if (latest && latest.failedAt === null && latest.leaseUntil.getTime() > now.getTime()) {
    return { kind: 'busy', until: latest.leaseUntil };
  }
  return { kind: 'claim', attempt: (latest?.attempt ?? 0) + 1 };
}

/**
 * How long a send may take: well inside the lease, so an attempt is over (sent or given up)
 * before anyone else may claim the e-mail. SMTP timeouts are shares of the same budget.
 */
export function sendBudgetOf(leaseMs: number): {
  readonly deadlineMs: number;
  readonly connectionTimeoutMs: number;
  readonly socketTimeoutMs: number;
} {
  const deadlineMs = Math.floor(leaseMs * 0.6);
  return {
    deadlineMs,
    connectionTimeoutMs: Math.floor(deadlineMs / 3),
    socketTimeoutMs: Math.floor(deadlineMs / 2),
  };
}

/**
 * The Message-ID of an e-mail, the same for every attempt: should a crash after the SMTP
 * server's "250 OK" but before "sent" was recorded make a second attempt, that copy carries
 * the same Message-ID, which mail systems use to drop duplicates.
 */
export function messageIdOf(emailId: string, fromAddress: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(fromAddress)?.[1] ?? 'localhost';
  return `<${emailId.replace(/[^A-Za-z0-9._-]/g, '.')}@${domain}>`;
}
