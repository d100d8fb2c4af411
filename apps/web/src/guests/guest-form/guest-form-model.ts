import type { ApiErrorDetail, Guest, GuestInput, GuestKind } from '@bussanten/contracts';
import { GUEST_KINDS } from '@bussanten/contracts';

/** Who sends the guest: the host itself, or a partner municipality (chosen by search). */
export type OwnerChoice = { kind: 'host' } | { kind: 'municipality'; id: string | null; name: string | null };

/** The guest form as typed: text, so nothing is lost when the API says no. */
export interface GuestFormValues {
  name: string;
  nameEn: string;
  kind: string;
  profile: string;
  profileEn: string;
  contact: string;
}

export const GUEST_FIELDS = ['name', 'nameEn', 'kind', 'ownerMunicipalityId', 'profile', 'profileEn', 'contact'] as const;

export const EMPTY_GUEST_FORM: GuestFormValues = { name: '', nameEn: '', kind: '', profile: '', profileEn: '', contact: '' };

export function valuesFromGuest(g: Guest): GuestFormValues {
  return { name: g.name, nameEn: g.nameEn ?? '', kind: g.kind, profile: g.profile ?? '', profileEn: g.profileEn ?? '', contact: g.contact ?? '' };
}

export function ownerFromGuest(g: Guest): OwnerChoice {
  return g.ownerMunicipalityId ? { kind: 'municipality', id: g.ownerMunicipalityId, name: g.ownerName } : { kind: 'host' };
}

/** Limits the form checks before asking the server (which checks again). */
export const NAME_MAX = 100;
export const PROFILE_MAX = 2000;
export const CONTACT_MAX = 500;

export function validateGuestForm(v: GuestFormValues, owner: OwnerChoice): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const add = (field: string, rule: string) => out.push({ field, rule, message: `${field}: ${rule}` });
  if (v.name.trim() === '') add('name', 'required');
  else if (v.name.trim().length > NAME_MAX) add('name', 'maxLength');
  if (v.nameEn.trim().length > NAME_MAX) add('nameEn', 'maxLength');
  if (!(GUEST_KINDS as readonly string[]).includes(v.kind)) add('kind', 'required');
  if (owner.kind === 'municipality' && !owner.id) add('ownerMunicipalityId', 'required');
  if (v.profile.length > PROFILE_MAX) add('profile', 'maxLength');
  if (v.profileEn.length > PROFILE_MAX) add('profileEn', 'maxLength');
  if (v.contact.length > CONTACT_MAX) add('contact', 'maxLength');
  return out;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function toGuestInput(v: GuestFormValues, owner: OwnerChoice): GuestInput {
  return {
    name: v.name.trim(),
    nameEn: orNull(v.nameEn),
    kind: v.kind as GuestKind,
    ownerMunicipalityId: owner.kind === 'municipality' ? owner.id : null,
    profile: orNull(v.profile),
    profileEn: orNull(v.profileEn),
    contact: orNull(v.contact),
  };
}
