import type { ApiErrorDetail, Role } from '@bussanten/contracts';

/**
 * Who an invitation is for: a representative belongs to exactly one municipality, an organizer to
 * the inviting host and to no municipality; on-site staff to the host (optionally limited to some
 * fairs: fairIds, for staff only). Checked by the UI before sending and by the API.
 */
export function invitationScopeProblems(role: Role, municipalityId: string | null | undefined, fairIds?: readonly string[] | null): ApiErrorDetail[] {
  if (role !== 'staff' && fairIds?.length) {
    return [{ field: 'fairIds', rule: 'notAllowed', message: 'only on-site staff is limited to some fairs' }];
  }
  if (role === 'staff' && municipalityId) {
    return [{ field: 'municipalityId', rule: 'notAllowed', message: 'on-site staff belongs to the host, not to a municipality' }];
  }
  if (role === 'representative' && !municipalityId) {
    return [{ field: 'municipalityId', rule: 'required', message: 'municipalityId is required for a representative' }];
  }
  if (role === 'organizer' && municipalityId) {
    return [{ field: 'municipalityId', rule: 'notAllowed', message: 'an organizer belongs to the host, not to a municipality' }];
  }
  return [];
}
