import type { Appearance, AppearanceCheck, AppearanceInput, Guest, GuestInput, RepeatAppearanceInput, Stage, StageInput } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** Guests (mascots, ambassadors, performers), the fairs' stages, and guest appearances. */
export const guestsApi = {
  list: (o: Signal = {}) => request<Guest[]>('GET', '/guests', { signal: o.signal }),
  get: (guestId: string, o: Signal = {}) => request<Guest>('GET', `/guests/${id(guestId)}`, { signal: o.signal }),
  create: (body: GuestInput) => request<Guest>('POST', '/guests', { body }),
  update: (guestId: string, body: GuestInput) => request<Guest>('PUT', `/guests/${id(guestId)}`, { body }),
  remove: (guestId: string) => request<void>('DELETE', `/guests/${id(guestId)}`),
  /** multipart/form-data with one field `photo`; sent with fetch directly (see uploadPhoto in the guest pages). */
  photoUploadPath: (guestId: string) => `/api/guests/${id(guestId)}/photo`,

  stages: (fairId: string, o: Signal = {}) => request<Stage[]>('GET', `/fairs/${id(fairId)}/stages`, { signal: o.signal }),
  createStage: (fairId: string, body: StageInput) => request<Stage>('POST', `/fairs/${id(fairId)}/stages`, { body }),
  updateStage: (fairId: string, stageId: string, body: StageInput) => request<Stage>('PUT', `/fairs/${id(fairId)}/stages/${id(stageId)}`, { body }),
  removeStage: (fairId: string, stageId: string) => request<void>('DELETE', `/fairs/${id(fairId)}/stages/${id(stageId)}`),

  appearances: (fairId: string, o: Signal = {}) => request<Appearance[]>('GET', `/fairs/${id(fairId)}/appearances`, { signal: o.signal }),
  createAppearance: (fairId: string, body: AppearanceInput) => request<Appearance>('POST', `/fairs/${id(fairId)}/appearances`, { body }),
  repeat: (fairId: string, body: RepeatAppearanceInput) => request<Appearance[]>('POST', `/fairs/${id(fairId)}/appearances/repeat`, { body }),
  /** What saving would answer (problems naming the other party, warnings), without saving; `appearanceId` when moving one. */
  check: (fairId: string, body: AppearanceInput, appearanceId?: string, o: Signal = {}) =>
    request<AppearanceCheck>('POST', `/fairs/${id(fairId)}/appearances/check`, { body, query: { appearanceId }, signal: o.signal }),
  updateAppearance: (appearanceId: string, body: AppearanceInput) => request<Appearance>('PUT', `/appearances/${id(appearanceId)}`, { body }),
  removeAppearance: (appearanceId: string) => request<void>('DELETE', `/appearances/${id(appearanceId)}`),
};
