import type { ApplicationStatus, HeldBooth } from '@bussanten/contracts';
import { formatWarekiDate, tokyoDateTime } from '@bussanten/domain';
import { compose, dateEn, rangeEn, rangeJa, type MailText } from './messages';

/**
 * The texts of the outbox messages to a host's own organizers (messages.ts has those to
 * municipalities). Same form: Japanese first, then English, subject "日本語 / English".
 */

const STATUS_JA: Record<ApplicationStatus, string> = { submitted: '審査中', accepted: '承認', waitlisted: 'キャンセル待ち', rejected: '不承認', withdrawn: '辞退' };
const STATUS_EN: Record<ApplicationStatus, string> = { submitted: 'under review', accepted: 'accepted', waitlisted: 'waitlisted', rejected: 'not accepted', withdrawn: 'withdrawn' };

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

/** An instant in Japan time: '令和7年2月1日(土) 14:05' and 'Feb 1 (Sat), 2025, 14:05 Japan time', whatever the server's zone. */
function instantJa(at: Date): string {
  const { date, time } = tokyoDateTime(at);
  return `${formatWarekiDate(date)} ${time}`;
}

function instantEn(at: Date): string {
  const { date, time } = tokyoDateTime(at);
  return `${dateEn(date)}, ${date.slice(0, 4)}, ${time} Japan time`;
}

/**
 * To the host's organizers, when a municipality withdraws its application: which booths are free
 * again, and whether the public page still shows the municipality until someone publishes again
 * (a withdrawal changes no release by itself).
 */
export function applicationWithdrawn(f: WithdrawalFacts): MailText {
  const boothsJa = f.boothsFreed.map((b) => `${b.code}（${rangeJa(b.from, b.to)}）`).join('、') || 'なし（ブースは割り当てられていませんでした）';
  const boothsEn = f.boothsFreed.map((b) => `${b.code} (${rangeEn(b.from, b.to)})`).join(', ') || 'none (no booth was assigned)';
  return compose(
    `出展申込の取り下げ：${f.municipalityName}（${f.fairTitle}）`,
    `Application withdrawn: ${f.municipalityName} (${f.fairTitle})`,
    [
      '主催者の皆様',
      '',
      `${f.municipalityName}が「${f.fairTitle}」への出展申込を取り下げました。`,
      `取り下げ日時：${instantJa(f.withdrawnAt)}`,
      `取り下げ前の状態：${STATUS_JA[f.previousStatus]}`,
      `空いたブース：${boothsJa}`,
      f.stillPublic
        ? `公開ページには、次に公開するまで${f.municipalityName}が出展者として掲載されたままです。公開し直すには「公開と履歴」から：`
        : `${f.municipalityName}は公開ページに掲載されていません。「公開と履歴」：`,
      f.releasesUrl,
    ],
    [
      'To the organizers:',
      '',
      `${f.municipalityName} has withdrawn its application to exhibit at "${f.fairTitle}".`,
      `Withdrawn: ${instantEn(f.withdrawnAt)}`,
      `Status before: ${STATUS_EN[f.previousStatus]}`,
      `Booths freed: ${boothsEn}`,
      f.stillPublic
        ? `The public page still lists ${f.municipalityName} as an exhibitor until you publish again. Publish from "Publishing and history":`
        : `${f.municipalityName} is not on the public page. "Publishing and history":`,
      f.releasesUrl,
    ],
  );
}
