import { AGREEMENT_KINDS, type Agreement, type AgreementInput, type AgreementKind, type ApiErrorDetail } from '@bussanten/contracts';
import { integerRule, repeatedParties, resolveSignedDate, ruleDetail } from '@bussanten/domain';
import { parseNumberInput } from '../municipality-form/form-model';

export interface PartyRow {
  municipalityId: string;
  name: string;
  prefecture: string;
  prefectureCode: number;
  /** Joint activities, one per line, as typed. */
  activitiesText: string;
}

export interface AgreementFormValues {
  kind: string;
  title: string;
  signedOn: string;
  signedYear: string;
  occasion: string;
  explanation: string;
  parties: PartyRow[];
}

export const EMPTY_AGREEMENT_FORM: AgreementFormValues = {
  kind: '',
  title: '',
  signedOn: '',
  signedYear: '',
  occasion: '',
  explanation: '',
  parties: [],
};

export function valuesFromAgreement(a: Agreement): AgreementFormValues {
  return {
    kind: a.kind,
    title: a.title,
    signedOn: a.signedOn ?? '',
    signedYear: a.signedYear === null ? '' : String(a.signedYear),
    occasion: a.occasion ?? '',
    explanation: a.explanation ?? '',
    parties: a.parties.map((p) => ({
      municipalityId: p.municipalityId,
      name: p.name,
      prefecture: p.prefecture,
      prefectureCode: p.prefectureCode,
      activitiesText: p.activities.join('\n'),
    })),
  };
}

/** One activity per line; blank lines and surrounding spaces dropped. */
export function activitiesFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());

function signedYearOf(text: string): number | null {
  return parseNumberInput(text);
}

/** Problems the browser can see before asking the API, named as the API would name them. */
export function validateAgreementForm(v: AgreementFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (!(AGREEMENT_KINDS as readonly string[]).includes(v.kind)) out.push({ field: 'kind', rule: 'required', message: 'kind is required' });
  if (v.title.trim() === '') out.push({ field: 'title', rule: 'required', message: 'title is required' });
  const year = signedYearOf(v.signedYear);
  const notInteger = year === null ? null : ruleDetail(integerRule, 'signedYear', year);
  if (notInteger) out.push(notInteger);
  else {
    const signed = resolveSignedDate({ signedOn: optionalText(v.signedOn), signedYear: year });
    if ('field' in signed) out.push(signed);
  }
  if (v.parties.length === 0) out.push({ field: 'parties', rule: 'arrayMinSize', message: 'parties must have at least one party' });
  out.push(...repeatedParties(v.parties));
  return out;
}

/** The request body; call only when validateAgreementForm found nothing. */
export function toAgreementInput(v: AgreementFormValues): AgreementInput {
  return {
    kind: v.kind as AgreementKind,
    title: v.title.trim(),
    signedOn: optionalText(v.signedOn),
    signedYear: signedYearOf(v.signedYear),
    occasion: optionalText(v.occasion),
    explanation: optionalText(v.explanation),
    parties: v.parties.map((p) => ({ municipalityId: p.municipalityId, activities: activitiesFromText(p.activitiesText) })),
  };
}

/** Adds a municipality as the last party unless it is one already. */
export function addParty(parties: readonly PartyRow[], m: Omit<PartyRow, 'activitiesText'>): PartyRow[] {
  if (parties.some((p) => p.municipalityId === m.municipalityId)) return [...parties];
  return [...parties, { ...m, activitiesText: '' }];
}

/**
 * After removing party `index`, its error details go and those of later parties move up one, so
 * each message stays next to the party it is about.
 */
export function detailsAfterRemovingParty(details: readonly ApiErrorDetail[], index: number): ApiErrorDetail[] {
  return details.flatMap((d) => {
    const m = /^parties\.(\d+)(\..*)?$/.exec(d.field);
    if (!m) return [d];
    const i = Number(m[1]);
    if (i === index) return [];
    if (i < index) return [d];
    return [{ ...d, field: `parties.${i - 1}${m[2] ?? ''}` }];
  });
}
