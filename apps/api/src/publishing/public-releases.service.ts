import { Injectable } from '@nestjs/common';
import type { PublicFair, PublicFairListing } from '@bussanten/contracts';
import { ReleasesRepository } from './releases.repository';
import type { StoredNotice } from './live-notices';

export interface LatestRelease {
  id: string;
  digest: string;
  snapshot: PublicFair;
  /** false after 公開停止: the public routes answer 410 Gone rather than serve the snapshot. */
  visible: boolean;
  /** The domain part of the fair's iCal UIDs (fairs.ical_uid_domain), never the request's host. */
  uidDomain: string;
  /** The sites the fair's host lets frame its widget (hosts.embed_origins); a change forgets the host's fairs like a release. */
  embedOrigins: string[];
  /** The fair's live notices (issue 23), ended ones too: liveFair picks those shown at a given instant. A change forgets the fair like a release. */
  notices: StoredNotice[];
}

/**
 * How long a process may serve a release without asking the database again: long while release
 * notifications arrive (every process forgets a fair the moment any process publishes it), one
 * second while they do not (the listening connection is down).
 */
const TTL_LISTENING_MS = 30_000;
const TTL_FALLBACK_MS = 1000;

/**
 * The latest release of a fair, for the public routes. A memory cache lets a spike be answered
 * without a query per request; ReleaseNotifications keeps it current across API processes.
 */
@Injectable()
export class PublicReleasesService {
  private readonly cache = new Map<string, { until: number; value: Promise<LatestRelease | null> }>();
  private listed: { until: number; value: Promise<PublicFairListing[]> } | null = null;
  private ttlMs = TTL_FALLBACK_MS;

  constructor(private readonly releases: ReleasesRepository) {}

  latest(slug: string): Promise<LatestRelease | null> {
    const now = Date.now();
    const hit = this.cache.get(slug);
    if (hit && hit.until > now) return hit.value;
    const value = this.releases.latestBySlug(slug).catch((e: unknown) => {
      this.cache.delete(slug);
      throw e;
    });
    // Bounded: one entry per slug asked for; unknown slugs are not kept.
    value.then((v) => v === null && this.cache.delete(slug)).catch(() => undefined);
    this.cache.set(slug, { until: now + this.ttlMs, value });
    return value;
  }

  /** The public index's fairs, kept like a release: until any fair is published or shown or hidden (forget), at most the TTL. */
  listing(): Promise<PublicFairListing[]> {
    const now = Date.now();
    if (this.listed && this.listed.until > now) return this.listed.value;
    const entry = { until: now + this.ttlMs, value: this.releases.listing() };
    entry.value.catch(() => {
      if (this.listed === entry) this.listed = null;
    });
    this.listed = entry;
    return entry.value;
  }

  /** A fair was published, shown or hidden (here or, through a notification, in another process). */
  forget(slug: string): void {
    this.cache.delete(slug);
    this.listed = null;
  }

  /** Whether release notifications arrive; either way what is cached now may have missed one. */
  listening(on: boolean): void {
    this.ttlMs = on ? TTL_LISTENING_MS : TTL_FALLBACK_MS;
    this.cache.clear();
    this.listed = null;
  }
}
