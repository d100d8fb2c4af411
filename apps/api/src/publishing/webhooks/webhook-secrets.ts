import type { DataSource } from 'typeorm';
import { SecretBox, SecretBoxError } from '../../common/secret-box';
import { WebhooksRepository } from './webhooks.repository';

/** The additional data a webhook's sealed secret is bound to: it opens for that row only. */
export const secretContext = (webhookId: string): string => `webhooks.secret:${webhookId}`;

export interface SealReport {
  /** Plain-text secrets (from before encryption) now sealed. */
  sealed: number;
  /** Secrets sealed under APP_SECRET_PREVIOUS, now sealed under APP_SECRET. */
  resealed: number;
  /** Secrets sealed under a key the app was not given: they stay as they are, and their deliveries wait. */
  unreadable: number;
}

/**
 * Brings every stored signing secret under the current key, in one transaction: plain-text ones
 * (rows from before encryption, or written by an older replica during an upgrade) are sealed and
 * their plain text set to null; ones sealed under the previous key (rotation: APP_SECRET_PREVIOUS)
 * are sealed again under APP_SECRET. Run at every start, after the migrations and under the start-up
 * lock (prepareDatabase), so replicas starting together do it once; idempotent.
 */
export async function sealWebhookSecrets(db: DataSource, box: SecretBox): Promise<SealReport> {
  const repo = new WebhooksRepository(db);
  return db.transaction(async (m) => {
    const report: SealReport = { sealed: 0, resealed: 0, unreadable: 0 };
    for (const row of await repo.secretsToSeal(box.keyId, m)) {
      const context = secretContext(row.id);
      if (row.secret !== null) {
        await repo.storeSealed(row.id, box.seal(row.secret, context), m);
        report.sealed++;
        continue;
      }
      try {
        await repo.storeSealed(row.id, box.seal(box.open(row.secretEncrypted ?? '', context), context), m);
        report.resealed++;
      } catch (e) {
        if (!(e instanceof SecretBoxError)) throw e;
        report.unreadable++;
      }
    }
    return report;
  });
}
