import { compose, dateEn, dateJa, rangeEn, rangeJa, type MailText } from './messages';

/** What a fair's day change did to one municipality: its application's days and booth, its guests' visits. */
export interface MunicipalityDayChange {
  municipalityName: string;
  municipalityNameEn: string | null;
  application: {
    days: string[];
    holdings: { boothCode: string; from: string; to: string; after: { from: string; to: string }[] }[];
    leftWithoutDays: boolean;
  } | null;
  visits: { guestName: string; guestNameEn: string | null; date: string; start: string; end: string }[];
}

/**
 * One message to one representative about everything a change of the fair's days did to the
 * municipalities they represent: a person who hears about an application and a guest gets one mail,
 * not two.
 */
export function fairDaysChanged(fairTitle: string, changes: MunicipalityDayChange[]): MailText {
  const names = changes.map((c) => c.municipalityName);
  const namesEn = changes.map((c) => c.municipalityNameEn ?? c.municipalityName);
  return compose(
    `開催日の変更に伴うお知らせ：${fairTitle}`,
    `Fair days changed: ${fairTitle}`,
    [`${names.join('、')} ご担当者様`, '', `「${fairTitle}」の開催日または営業時間が変更されました。これに伴い、次のとおり変更しました。`, ...changes.flatMap(sectionJa)],
    [`To the representative of ${namesEn.join(', ')}:`, '', `The days or opening hours of "${fairTitle}" have changed. As a result we have made these changes:`, ...changes.flatMap(sectionEn)],
  );
}

function sectionJa(c: MunicipalityDayChange): string[] {
  const lines = ['', `■ ${c.municipalityName}`];
  const a = c.application;
  if (a) {
    lines.push(`出展日から外した日：${a.days.map(dateJa).join('、')}`);
    for (const h of a.holdings) {
      lines.push(`ブース ${h.boothCode}：${rangeJa(h.from, h.to)} → ${h.after.map((r) => rangeJa(r.from, r.to)).join('、') || 'なし'}`);
    }
    if (a.leftWithoutDays) lines.push('※ この申込には出展日が残っていません。今後については主催者にご相談ください。');
  }
  for (const v of c.visits) lines.push(`取り消した来場予定：${v.guestName} ${dateJa(v.date)} ${v.start}〜${v.end}`);
  return lines;
}

function sectionEn(c: MunicipalityDayChange): string[] {
  const lines = ['', `* ${c.municipalityNameEn ?? c.municipalityName}`];
  const a = c.application;
  if (a) {
    lines.push(`Days taken out of your application: ${a.days.map(dateEn).join(', ')}`);
    for (const h of a.holdings) {
      lines.push(`Booth ${h.boothCode}: ${rangeEn(h.from, h.to)} → ${h.after.map((r) => rangeEn(r.from, r.to)).join(', ') || 'none'}`);
    }
    if (a.leftWithoutDays) lines.push('Note: your application has no days left. Please talk to the organizers about what happens next.');
  }
  for (const v of c.visits) lines.push(`Visit cancelled: ${v.guestNameEn ?? v.guestName} ${dateEn(v.date)} ${v.start}–${v.end}`);
  return lines;
}
