import type { ApplicationStatus, HeldBooth } from '@bussanten/contracts';
import { withdrawalOutcome } from '@bussanten/domain';
import { T, both, compose, fairTitle, mailList, mailRange, nameIn, type FairNames, type MailText, type Names } from './messages';

/**
 * The texts of the outbox messages to a host's own organizers (messages.ts has those to
 * municipalities), from the catalogs' `mail.withdrawn.*`. Same form: Japanese first, then English,
 * subject "日本語 / English"; the English half names the fair and the municipality in English where
 * they have English names. It links to the application's page in the admin app after both halves,
 * and carries no host contact: its readers are that host's organizers.
 */

export interface WithdrawalFacts {
  fair: FairNames;
  municipality: Names;
  /** The status the application had before it was withdrawn. */
  previousStatus: ApplicationStatus;
  withdrawnAt: Date;
  boothsFreed: HeldBooth[];
  /** The public page still lists the municipality (until the next publication). */
  stillPublic: boolean;
  /** The fair's 公開と履歴 page in the admin app, where the organizers publish again. */
  releasesUrl: string;
  /** The application's page in the admin app (/fairs/:id/applications/:applicationId), linked once after both halves. */
  applicationUrl: string;
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
      municipality: nameIn(lang, f.municipality),
      fair: fairTitle(lang, f.fair),
      declined,
      at: f.withdrawnAt,
      status: f.previousStatus,
      booths: mailList(lang, booths) || T[lang]('mail.withdrawn.noBooths'),
      stillPublic: f.stillPublic ? 'yes' : 'no',
      url: f.releasesUrl,
    });
  };
  const names = (lang: 'ja' | 'en') => ({ municipality: nameIn(lang, f.municipality), fair: fairTitle(lang, f.fair), declined });
  const subject = both('mail.withdrawn.subject', names('ja'), names('en'));
  // To the host's own organizers: no contact of their own host to reach.
  return compose(subject, { ja: [text('ja')], en: [text('en')] }, { link: { page: 'organizerApplication', url: f.applicationUrl }, contact: null });
}
