import type { DataSource } from 'typeorm';
import { SecretBox, SecretBoxError } from '../../common/secret-box';
import { FactorsRepository } from './factors.repository';
import { totpContext } from './totp';

/**
 * Brings every authenticator-app secret under the current key (rotation: sealed under
 * APP_SECRET_PREVIOUS, sealed again under APP_SECRET), in one transaction at start-up, like the
 * webhook secrets. Secrets under a key the app was not given stay as they are (their owners cannot
 * use the app until the key is given, or an organizer resets them). Returns [resealed, unreadable].
 */
export async function resealTotpSecrets(db: DataSource, box: SecretBox): Promise<{ resealed: number; unreadable: number }> {
  const repo = new FactorsRepository(db);
  return db.transaction(async (m) => {
    const report = { resealed: 0, unreadable: 0 };
    for (const row of await repo.totpToReseal(box.keyId, m)) {
      try {
        const context = totpContext(row.userId);
        await repo.storeTotpSecret(row.userId, box.seal(box.open(row.secretSealed, context), context), m);
        report.resealed++;
      } catch (e) {
        if (!(e instanceof SecretBoxError)) throw e;
        report.unreadable++;
      }
    }
    return report;
  });
}
