import type { ApiErrorDetail, HostContact } from '@bussanten/contracts';
import { emailAddressRule, normalizeTyped, phoneRule, ruleDetail } from '@bussanten/domain';

/** The host's contact as typed: blank is "none". */
export interface HostContactValues {
  contactEmail: string;
  contactPhone: string;
  contactNote: string;
}

export const hostContactValues = (c: HostContact): HostContactValues => ({
  contactEmail: c.contactEmail ?? '',
  contactPhone: c.contactPhone ?? '',
  contactNote: c.contactNote ?? '',
});

const blank = (s: string) => s.trim() === '';

/** The API's rules: an address that is one, a phone number that is one, a note of at most 1000 characters. */
export function validateHostContact(v: HostContactValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const email = blank(v.contactEmail) ? null : ruleDetail(emailAddressRule, 'contactEmail', normalizeTyped(v.contactEmail.trim()));
  if (email) out.push(email);
  const phone = blank(v.contactPhone) ? null : ruleDetail(phoneRule, 'contactPhone', normalizeTyped(v.contactPhone.trim()));
  if (phone) out.push(phone);
  if (v.contactNote.trim().length > 1000) out.push({ field: 'contactNote', rule: 'maxLength', message: 'contactNote must be at most 1000 characters' });
  return out;
}

export function toHostContact(v: HostContactValues): HostContact {
  const text = (s: string) => (blank(s) ? null : normalizeTyped(s.trim()));
  return { contactEmail: text(v.contactEmail), contactPhone: text(v.contactPhone), contactNote: blank(v.contactNote) ? null : v.contactNote.trim() };
}
