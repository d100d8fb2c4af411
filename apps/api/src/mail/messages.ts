import { isIsoDate, weekdayOf } from '@bussanten/domain';

/**
 * The texts of the outbox messages to municipalities. Pure functions: the callers (applications,
 * booths) enqueue the result in the transaction that made the change. Each message is Japanese first
 * and then English in the same body, and its subject is "日本語 / English", because the recipients
 * read Japanese but the ward also works with staff who do not.
 *
 * Dates are calendar days in Japan ('YYYY-MM-DD' from PostgreSQL `date` columns), not instants, so
 * they are formatted by arithmetic on the string and never pass through the server's time zone.
 */
export interface MailText {
  subject: string;
  body: string;
}

export type Decision = 'accepted' | 'waitlisted' | 'rejected';
export type BoothChange = 'assigned' | 'changed';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthDay(isoDate: string): [number, number] {
  if (!isIsoDate(isoDate)) throw new RangeError(`not a calendar date: ${isoDate}`);
  return [Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
}

/** '2023-02-17' → '2月17日(金)'. */
export function dateJa(isoDate: string): string {
  const [m, d] = monthDay(isoDate);
  return `${m}月${d}日(${WEEKDAYS_JA[weekdayOf(isoDate)]})`;
}

/** '2023-02-17' → 'Feb 17 (Fri)'. */
export function dateEn(isoDate: string): string {
  const [m, d] = monthDay(isoDate);
  return `${MONTHS_EN[m - 1]} ${d} (${WEEKDAYS_EN[weekdayOf(isoDate)]})`;
}

export function rangeJa(from: string, to: string): string {
  return from === to ? dateJa(from) : `${dateJa(from)}〜${dateJa(to)}`;
}

export function rangeEn(from: string, to: string): string {
  return from === to ? dateEn(from) : `${dateEn(from)} – ${dateEn(to)}`;
}

/** Names in a subject stay on one line: a header cannot carry a line break from a title. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const FOOTER = ['--', 'Bussanten（物産展の運営システム）からの自動送信です。', 'This message was sent automatically by Bussanten, the fair management system.'];

export function compose(subjectJa: string, subjectEn: string, ja: string[], en: string[], extra: string[] = []): MailText {
  return {
    subject: `【Bussanten】${oneLine(subjectJa)} / ${oneLine(subjectEn)}`,
    body: [...ja, '', ...en, '', ...(extra.length ? [...extra, ''] : []), ...FOOTER].join('\n'),
  };
}

/** To the municipality, when its application to a fair has been submitted. */
export function applicationReceived(fairTitle: string, municipalityName: string, days: string[]): MailText {
  const sorted = [...new Set(days)].sort();
  return compose(
    `出展申込を受け付けました：${fairTitle}`,
    `Application received: ${fairTitle}`,
    [
      `${municipalityName} ご担当者様`,
      '',
      `「${fairTitle}」への出展申込を受け付けました。`,
      `出展希望日：${sorted.map(dateJa).join('、') || '—'}`,
      '選考の結果は、決まり次第メールでお知らせします。',
    ],
    [
      `To the representative of ${municipalityName}:`,
      '',
      `We have received your application to exhibit at "${fairTitle}".`,
      `Days applied for: ${sorted.map(dateEn).join(', ') || '—'}`,
      'We will e-mail you the decision as soon as it is made.',
    ],
  );
}

const DECISIONS: Record<Decision, { subjectJa: string; subjectEn: string; ja: (fair: string) => string[]; en: (fair: string) => string[] }> = {
  accepted: {
    subjectJa: '出展が決まりました',
    subjectEn: 'Application accepted',
    ja: (fair) => [`「${fair}」への出展申込について、出展していただくことが決まりました。`, 'ブースは、割り当てが決まり次第お知らせします。'],
    en: (fair) => [`Your application to exhibit at "${fair}" has been accepted.`, 'We will let you know your booth as soon as it is assigned.'],
  },
  waitlisted: {
    subjectJa: 'キャンセル待ちのお知らせ',
    subjectEn: 'Application on the waiting list',
    ja: (fair) => [`「${fair}」への出展申込は、キャンセル待ちとなりました。`, '出展していただけることになりましたら、改めてお知らせします。'],
    en: (fair) => [`Your application to exhibit at "${fair}" has been put on the waiting list.`, 'We will write again if a place becomes free.'],
  },
  rejected: {
    subjectJa: '選考結果のお知らせ',
    subjectEn: 'Application not accepted',
    ja: (fair) => [`「${fair}」への出展申込について、誠に残念ながら、今回は出展をお見送りいただくことになりました。`, 'ご応募いただき、ありがとうございました。'],
    en: (fair) => [`We regret that your application to exhibit at "${fair}" could not be accepted this time.`, 'Thank you for applying.'],
  },
};

/**
 * To the municipality, when the organizers decide on its application. The organizers' own message,
 * written in whichever language they chose, is quoted once after both texts.
 */
export function decisionMade(status: Decision, fairTitle: string, municipalityName: string, message: string | null): MailText {
  const d = DECISIONS[status];
  const note = message?.trim();
  return compose(
    `${d.subjectJa}：${fairTitle}`,
    `${d.subjectEn}: ${fairTitle}`,
    [`${municipalityName} ご担当者様`, '', ...d.ja(fairTitle)],
    [`To the representative of ${municipalityName}:`, '', ...d.en(fairTitle)],
    note ? ['主催者からのメッセージ / Message from the organizers:', note] : [],
  );
}

/** To the municipality, when it gets a booth for some days of the fair, or its booth or days change. */
export function boothAssigned(kind: BoothChange, fairTitle: string, municipalityName: string, boothCode: string, from: string, to: string): MailText {
  const changed = kind === 'changed';
  return compose(
    `${changed ? 'ブースが変更されました' : 'ブースが決まりました'}：${fairTitle}`,
    `${changed ? 'Booth changed' : 'Booth assigned'}: ${fairTitle}`,
    [
      `${municipalityName} ご担当者様`,
      '',
      changed ? `「${fairTitle}」でのブースが変更されました。変更後のブースは次のとおりです。` : `「${fairTitle}」でのブースが決まりました。`,
      `ブース：${boothCode}`,
      `期間：${rangeJa(from, to)}`,
    ],
    [
      `To the representative of ${municipalityName}:`,
      '',
      changed ? `Your booth at "${fairTitle}" has changed. It is now:` : `Your booth at "${fairTitle}" has been assigned:`,
      `Booth: ${boothCode}`,
      `Days: ${rangeEn(from, to)}`,
    ],
  );
}
