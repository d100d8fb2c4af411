import { NOTICE_KINDS, type ApiErrorDetail, type NoticeFair, type NoticeInput, type NoticeKind } from '@bussanten/contracts';
import { noticeProblems } from '@bussanten/domain';

/** The notice form as typed ('' for a field left empty). */
export interface NoticeFormValues {
  kind: string;
  text: string;
  textEn: string;
  /** '' : the whole fair. */
  day: string;
  closesAt: string;
}

export const EMPTY_NOTICE_FORM: NoticeFormValues = { kind: 'notice', text: '', textEn: '', day: '', closesAt: '' };

const isKind = (kind: string): kind is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(kind);

/** The notice the form's values ask for (closesAt only for closingEarly), and its problems, checked as the API checks them. */
export function toNoticeInput(values: NoticeFormValues, fair: Pick<NoticeFair, 'days'>): { input: NoticeInput; problems: ApiErrorDetail[] } {
  const kind = isKind(values.kind) ? values.kind : 'notice';
  const input: NoticeInput = {
    kind,
    text: values.text.trim(),
    textEn: values.textEn.trim() || null,
    day: values.day || null,
    closesAt: kind === 'closingEarly' ? values.closesAt || null : null,
  };
  return { input, problems: noticeProblems(input, fair.days) };
}
