import { ErrorCode, FAIR_DOCUMENT_FORMAT, metaOf, type ApiErrorDetail } from '@bussanten/contracts';
import { prefectureByCode } from '@bussanten/domain';
import { detailMessage, describeError } from '../../api/error-messages';
import { isApiError } from '../../api/client';
import { translate, type Lang } from '../../i18n/dictionaries';

/** koryu-toshi-2023 → koryu-toshi-2023.bussanten.json, as the API names the download. */
export function fairDocumentFileName(slug: string): string {
  return `${slug}.bussanten.json`;
}

/** The file's text as pretty JSON, so a person can read and diff it. */
export function fairDocumentText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * A chosen file's text as a document to send, or why not: not JSON at all, or JSON that is not a
 * fair document (the API would say so too, but this is quicker and names the file's problem).
 */
export function readFairDocument(text: string): { ok: true; document: unknown } | { ok: false; problem: 'notJson' | 'notFairDocument' } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== FAIR_DOCUMENT_FORMAT) {
    return { ok: false, problem: 'notFairDocument' };
  }
  return { ok: true, document: value };
}

function referenceLine(d: ApiErrorDetail, lang: Lang): string {
  const municipality = metaOf(d, 'unknownMunicipality');
  if (municipality) {
    const prefecture = prefectureByCode(municipality.prefectureCode);
    const where = prefecture ? (lang === 'ja' ? prefecture.name : prefecture.nameEn) : String(municipality.prefectureCode);
    return translate(lang, 'fairTransfer.import.unknownMunicipality', { name: municipality.name, prefecture: where });
  }
  const programme = metaOf(d, 'unknownProgramme');
  if (programme) return translate(lang, 'fairTransfer.import.unknownProgramme', { name: programme.name });
  return detailMessage(d, lang);
}

/**
 * What to tell the organizer when an import is refused: one sentence, then a line per problem —
 * each municipality the registry lacks by name and prefecture, each inconsistency of the file.
 */
export function importRefusal(e: unknown, lang: Lang): { message: string; lines: string[] } {
  const { message } = describeError(e, lang);
  if (!isApiError(e) || !e.body) return { message, lines: [] };
  const details = e.body.details ?? [];
  if (e.body.code === ErrorCode.UnknownReference) return { message, lines: [...new Set(details.map((d) => referenceLine(d, lang)))] };
  if (e.body.code === ErrorCode.DuplicateSlug) return { message, lines: [translate(lang, 'fairTransfer.import.otherSlug')] };
  // A translated rule loses which part of the file it is about: the field path (fair.booths.3.x) says it.
  const line = (d: ApiErrorDetail) => {
    const text = detailMessage(d, lang);
    return text === d.message || !d.field ? text : `${d.field}: ${text}`;
  };
  return { message, lines: [...new Set(details.map(line))] };
}
