import { createHash } from 'node:crypto';
import type { PublicFair } from '@bussanten/contracts';
import { releaseChanges, withSequences } from '@bussanten/domain';

export const digestOf = (snapshot: PublicFair) => createHash('sha256').update(JSON.stringify(snapshot)).digest('base64url');

/** A release's snapshot: the current public facts, numbered, with SEQUENCEs and the changes since `previous`. */
export function composeRelease(
  body: Omit<PublicFair, 'release' | 'changes'>,
  previous: PublicFair | null,
  version: number,
  note: string | null,
  publishedAt: Date,
): PublicFair {
  const draft: PublicFair = { ...body, release: { version, publishedAt: publishedAt.toISOString(), note }, changes: [] };
  const sequenced = withSequences(previous, draft);
  return { ...sequenced, changes: releaseChanges(previous, sequenced) };
}
