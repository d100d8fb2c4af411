import type { Lang } from '@bussanten/messages';
import { T, both, compose, fairTitle, mailDate, mailList, mailRange, type FairNames, type MailFrame, type MailText } from './messages';

/** What a fair's day change did to one municipality: its application's days and booth, its guests' visits. */
export interface MunicipalityDayChange {
  municipalityName: string;
  municipalityNameEn: string | null;
  application: {
    /** The application's id, for the link to its page. */
    id: string;
    days: string[];
    holdings: { boothCode: string; from: string; to: string; after: { from: string; to: string }[] }[];
    leftWithoutDays: boolean;
  } | null;
  visits: { guestName: string; guestNameEn: string | null; date: string; start: string; end: string }[];
}

/**
 * One message to one representative about everything a change of the fair's days did to the
 * municipalities they represent: a person who hears about an application and a guest gets one mail,
 * not two. The texts are the catalogs' `mail.daysChanged.*`; the English half names the fair, the
 * municipalities and the guests in English where they have English names. `frame`: the link to the
 * application (or to the representative's applications) and the host's contact.
 */
export function fairDaysChanged(fair: FairNames, changes: MunicipalityDayChange[], frame: MailFrame): MailText {
  const names = (lang: Lang) =>
    mailList(
      lang,
      changes.map((c) => nameOf(c, lang)),
    );
  const intro = (lang: Lang) => T[lang]('mail.daysChanged.body', { names: names(lang), fair: fairTitle(lang, fair) });
  const subject = both('mail.daysChanged.subject', { fair: fairTitle('ja', fair) }, { fair: fairTitle('en', fair) });
  return compose(
    subject,
    { ja: [intro('ja'), ...changes.flatMap((c) => section(c, 'ja'))], en: [intro('en'), ...changes.flatMap((c) => section(c, 'en'))] },
    frame,
  );
}

const nameOf = (c: MunicipalityDayChange, lang: Lang) => (lang === 'en' ? (c.municipalityNameEn ?? c.municipalityName) : c.municipalityName);

function section(c: MunicipalityDayChange, lang: Lang): string[] {
  const t = T[lang];
  const lines = ['', t('mail.daysChanged.municipality', { name: nameOf(c, lang) })];
  const a = c.application;
  if (a) {
    lines.push(
      t('mail.daysChanged.daysRemoved', {
        days: mailList(
          lang,
          a.days.map((d) => mailDate(lang, d)),
        ),
      }),
    );
    for (const h of a.holdings) {
      const after =
        mailList(
          lang,
          h.after.map((r) => mailRange(lang, r.from, r.to)),
        ) || t('mail.none');
      lines.push(t('mail.daysChanged.booth', { booth: h.boothCode, before: mailRange(lang, h.from, h.to), after }));
    }
    if (a.leftWithoutDays) lines.push(t('mail.daysChanged.noDaysLeft'));
  }
  for (const v of c.visits) {
    const guest = lang === 'en' ? (v.guestNameEn ?? v.guestName) : v.guestName;
    lines.push(t('mail.daysChanged.visitCancelled', { guest, day: v.date, start: v.start, end: v.end }));
  }
  return lines;
}
