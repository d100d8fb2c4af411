import { Injectable } from '@nestjs/common';
import type { PublicFair, PublicFairListing } from '@bussanten/contracts';
import { ReleasesRepository } from './releases.repository';

export interface LatestRelease {
  id: string;
  digest: string;
  snapshot: PublicFair;
}

/** How long a process may serve a release without asking the database again. Publishing here forgets at once. */
const TTL_MS = 1000;

/**
 * The latest release of a fair, for the public routes. A one-second memory cache lets a spike be
 * answered without a query per request; another API process sees a new release within that second.
 */
@Injectable()
export class PublicReleasesService {
  private readonly cache = new Map<string, { until: number; value: Promise<LatestRelease | null> }>();

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
    this.cache.set(slug, { until: now + TTL_MS, value });
    return value;
  }

  listing(): Promise<PublicFairListing[]> {
    return this.releases.listing();
  }

  forget(slug: string): void {
    this.cache.delete(slug);
  }
}
