import { codeMetaOf, metaOf, type ApiErrorDetail, type ErrorCode, type MetaRule } from '@bussanten/contracts';
import { isMessageKey, translate, type Lang, type MessageKey } from '../i18n/dictionaries';
import { feedbackOfMeta, feedbackTexts } from '../auth/password-feedback';
import { ApiError, isApiError } from './client';

export function errorCodeKey(code: ErrorCode): MessageKey {
  return `error.${code}`;
}

/** One sentence for the user about any error a request can throw, in `lang`. */
export function describeError(e: unknown, lang: Lang): { message: string; correlationId: string | null } {
  if (isApiError(e)) {
    if (e.reason === 'network') return { message: translate(lang, 'error.network'), correlationId: null };
    if (e.reason === 'invalidResponse') return { message: translate(lang, 'error.invalidResponse', { status: e.status }), correlationId: null };
    if (e.body) {
      const key = `error.${e.body.code}`;
      const message = isMessageKey(key) ? translate(lang, key) : e.body.message;
      return { message, correlationId: e.body.correlationId ?? null };
    }
  }
  return { message: translate(lang, 'error.INTERNAL'), correlationId: null };
}

/** 'parties.0.municipalityId' → 'parties.municipalityId': the field path without list positions. */
export function genericField(field: string): string {
  return field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/**
 * A detail's message in `lang`, chosen by its rule (most specific first: field and rule, then rule
 * alone). Rules the UI does not know keep the API's own message.
 */
export function detailMessage(detail: ApiErrorDetail, lang: Lang): string {
  const candidates = [`rule.${genericField(detail.field)}.${detail.rule}`, `rule.${detail.rule}`];
  // A weak password's detail (WEAK_PASSWORD's rule 'weak') carries zxcvbn's reasons (keys) in meta: say them too.
  const feedback = detail.rule === 'weak' ? feedbackOfMeta(codeMetaOf(detail, 'WEAK_PASSWORD')) : null;
  const reasons = feedback ? feedbackTexts(feedback, lang) : [];
  for (const key of candidates) {
    if (isMessageKey(key)) return [translate(lang, key), ...reasons].join(' ');
  }
  return detail.message || translate(lang, 'error.VALIDATION_FAILED');
}

/** Messages per field path, each field's messages in the order the API gave them, without repeats. */
export function messagesByField(details: readonly ApiErrorDetail[], lang: Lang): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of details) {
    const list = (out[d.field] ??= []);
    const message = detailMessage(d, lang);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

/** Messages of `field` and of everything under it: 'parties.0' also takes 'parties.0.activities.2'. */
export function messagesUnder(byField: Record<string, string[]>, field: string): string[] {
  const out: string[] = [];
  for (const [key, messages] of Object.entries(byField)) {
    if (key === field || key.startsWith(`${field}.`)) {
      for (const m of messages) if (!out.includes(m)) out.push(m);
    }
  }
  return out;
}

/** The position of the party a field path is about: 'parties.3.activities.0' → 3; otherwise null. */
export function partyIndexOf(field: string): number | null {
  const m = /^parties\.(\d+)(?:\.|$)/.exec(field);
  return m ? Number(m[1]) : null;
}

export interface BlockingAgreement {
  id: string;
  title: string;
}

/**
 * The agreements that stop a municipality being deleted, from a 409 MUNICIPALITY_IS_PARTY body
 * (details[].meta.agreements); a meta of another shape is ignored rather than trusted.
 */
export function blockingAgreements(e: unknown): BlockingAgreement[] {
  if (!isApiError(e) || !e.body || e.body.code !== 'MUNICIPALITY_IS_PARTY') return [];
  const out: BlockingAgreement[] = [];
  for (const detail of e.body.details) {
    for (const { id, title } of metaOf(detail, 'isParty')?.agreements ?? []) {
      if (!out.some((a) => a.id === id)) out.push({ id, title });
    }
  }
  return out;
}

/** True for a 404 of any kind: retrying will not help, going back will. */
export function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.status === 404;
}

/**
 * Ties an error about one field to that field: when `error` has `code` and no detail for `field`, a
 * detail (field, rule) is added, so the reason shows next to the control and not only in the
 * summary. E.g. a refused password (400 WEAK_PASSWORD) or a wrong current password. Any other
 * error is returned as it is.
 */
export function pointErrorAt(error: unknown, code: ErrorCode, field: string, rule: string): unknown {
  if (!isApiError(error) || !error.body || error.body.code !== code) return error;
  const { body } = error;
  if (body.details.some((d) => d.field === field)) return error;
  const details = [...body.details, { field, rule, message: body.message }];
  return new ApiError(error.reason, error.status, { ...body, details }, error.message);
}

export type MunicipalityDependentRule = 'hasApplications' | 'hasAccounts' | 'sendsGuests';
export interface MunicipalityDependent {
  rule: MunicipalityDependentRule;
  count: number;
}

const DEPENDENT_RULES: readonly (MunicipalityDependentRule & MetaRule)[] = ['hasApplications', 'hasAccounts', 'sendsGuests'];

/** The count a dependent's detail carries (meta.applications, .accounts or .guests); null when it has none of its shape. */
function dependentCount(detail: ApiErrorDetail, rule: MunicipalityDependentRule): number | null {
  switch (rule) {
    case 'hasApplications':
      return metaOf(detail, rule)?.applications ?? null;
    case 'hasAccounts':
      return metaOf(detail, rule)?.accounts ?? null;
    case 'sendsGuests':
      return metaOf(detail, rule)?.guests ?? null;
  }
}

/** What still refers to a municipality the API refused to delete (409 CONFLICT), with counts. */
export function municipalityDependents(e: unknown): MunicipalityDependent[] {
  if (!isApiError(e) || !e.body || e.body.code !== 'CONFLICT') return [];
  const out: MunicipalityDependent[] = [];
  for (const detail of e.body.details) {
    const rule = DEPENDENT_RULES.find((r) => r === detail.rule);
    const count = rule ? dependentCount(detail, rule) : null;
    if (rule && count !== null) out.push({ rule, count });
  }
  return out;
}

/**
 * Says an error about one field in the UI's own words: when `error` has `code`, the details of
 * `field` are replaced by one of `rule` (keeping their meta, e.g. attempts left), so its message is
 * the UI's (the API's generic rule, such as 'unique', would speak of something else). Any other
 * error is returned as it is.
 */
export function restateAt(error: unknown, code: ErrorCode, field: string, rule: string): unknown {
  if (!isApiError(error) || !error.body || error.body.code !== code) return error;
  const { body } = error;
  const own = body.details.filter((d) => d.field === field);
  const meta = Object.assign({}, ...own.map((d) => d.meta ?? {})) as Record<string, unknown>;
  const detail = { field, rule, message: own[0]?.message ?? body.message, ...(Object.keys(meta).length > 0 ? { meta } : {}) };
  const details = [...body.details.filter((d) => d.field !== field), detail];
  return new ApiError(error.reason, error.status, { ...body, details }, error.message);
}
