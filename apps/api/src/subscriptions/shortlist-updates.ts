import { Injectable } from '@nestjs/common';
import { RedisConnections } from '@wmo/queue';
import { RedisChannelListener } from './redis-channel-listener';
import { isObjectId, ShortlistRepository } from '@wmo/persistence';
import { shortlistUpdatedChannel, type ShortlistUpdatedEvent } from '@wmo/matching';
import type { ShortlistRevision } from '@wmo/domain';
import { RevisionStream } from './revision-stream';

interface Subscriber {
  push(revision: ShortlistRevision): void;
}

/**
 * Forwards the worker's shortlist events to this api instance's subscribers. One Redis
 * subscription per process, fanned out per request; every instance listens, so a subscriber
 * hears about a revision whichever worker stored it.
 */
@Injectable()
export class ShortlistUpdates extends RedisChannelListener {
  private readonly subscribers = new Map<string, Set<Subscriber>>();

  constructor(
    redis: RedisConnections,
    private readonly shortlists: ShortlistRepository,
  ) {
    super(redis, shortlistUpdatedChannel(redis.prefix), ShortlistUpdates.name);
  }

  /** The request's current revision first, then every newer one, until the stream is returned. */
  open<T>(
    requestId: string,
    present: (revision: ShortlistRevision) => Promise<T>,
  ): AsyncIterableIterator<T> {
    const stream: RevisionStream<T> = new RevisionStream(present, () =>
      this.remove(requestId, stream),
    );
    const forRequest = this.subscribers.get(requestId) ?? new Set<Subscriber>();
    forRequest.add(stream);
    this.subscribers.set(requestId, forRequest);
    // Registered before reading, so a revision stored meanwhile arrives as an event.
    void this.pushLatest({ requestId, revision: 0 }, [stream]);
    return stream;
  }

  private remove(requestId: string, stream: Subscriber): void {
    const forRequest = this.subscribers.get(requestId);
    forRequest?.delete(stream);
    if (forRequest?.size === 0) this.subscribers.delete(requestId);
  }

  protected async deliver(message: string): Promise<void> {
    const event = parseEvent(message);
    const forRequest = event ? this.subscribers.get(event.requestId) : undefined;
    // The latest revision is read once per event and instance, not once per subscriber.
    if (event && forRequest?.size) await this.pushLatest(event, [...forRequest]);
  }

  private async pushLatest(event: ShortlistUpdatedEvent, to: readonly Subscriber[]): Promise<void> {
    try {
      // An event names its revision: found by `_id`, then checked for a newer one.
      const latest = await this.shortlists.latest(event.requestId, event.revision);
      if (latest) to.forEach((subscriber) => subscriber.push(latest));
    } catch (error) {
      this.logger.warn(`could not load a shortlist for subscribers: ${(error as Error).message}`);
    }
  }
}

function parseEvent(message: string): ShortlistUpdatedEvent | null {
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { requestId, revision } = parsed as Record<string, unknown>;
    return isObjectId(requestId) && Number.isInteger(revision)
      ? { requestId, revision: revision as number }
      : null;
  } catch {
    return null;
  }
}
