import type { ApplicationStatus, HeldBooth } from '@bussanten/contracts';
import { T, both, compose, mailList, mailRange, type MailText } from './messages';
import { withdrawalOutcome } from '@bussanten/domain';

/**
 * The texts of the outbox messages to a host's own organizers (messages.ts has those to
 * municipalities), from the catalogs' `mail.withdrawn.*`. Same form: Japanese first, then English,
 * subject "日本語 / English".
 */

export interface WithdrawalFacts {
  fairTitle: string;
  municipalityName: string;
  /** The status the application had before it was withdrawn. */
  previousStatus: ApplicationStatus;
  withdrawnAt: Date;
  boothsFreed: HeldBooth[];
  /** The public page still lists the municipality (until the next publication). */
  stillPublic: boolean;
  /** The fair's 公開と履歴 page in the admin app, where the organizers publish again. */
  releasesUrl: string;
}

/**
 * To the host's organizers, when a municipality withdraws its application: which booths are free
 * again, and whether the public page still shows the municipality until someone publishes again
 * (a withdrawal changes no release by itself). The moment is in Japan time, in 和暦 in Japanese
 * ('令和7年2月1日(土) 14:05') and 'Feb 1 (Sat), 2025, 14:05 Japan time' in English.
 */
export function applicationWithdrawn(f: WithdrawalFacts): MailText {
  // Withdrawing an accepted application is 出展辞退 (declined); the mail says which it was.
  const declined = withdrawalOutcome(f.previousStatus) === 'declined' ? 'yes' : 'no';
  const text = (lang: 'ja' | 'en') => {
    const booths = f.boothsFreed.map((b) => T[lang]('mail.withdrawn.booth', { booth: b.code, days: mailRange(lang, b.from, b.to) }));
    return T[lang]('mail.withdrawn.body', {
      municipality: f.municipalityName,
      fair: f.fairTitle,
      declined,
      at: f.withdrawnAt,
      status: f.previousStatus,
      booths: mailList(lang, booths) || T[lang]('mail.withdrawn.noBooths'),
      stillPublic: f.stillPublic ? 'yes' : 'no',
      url: f.releasesUrl,
    });
  };
  const subject = both('mail.withdrawn.subject', { municipality: f.municipalityName, fair: f.fairTitle, declined });
  return compose(subject.ja, subject.en, [text('ja')], [text('en')]);
}
