import type { Guest } from '@bussanten/contracts';
import { authApi } from '../../accounts';
import { ApiError, CSRF_HEADER, csrfToken, isAbortError, isApiErrorBody, type FetchLike } from '../../api/client';
import { guestsApi } from '../api/guests';

/** What the API takes (it re-encodes every photo as JPEG and drops its metadata). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export type PhotoProblem = 'type' | 'size' | 'empty';

/**
 * Why a chosen file cannot be sent, checked before uploading so nobody waits for 5 MB to travel
 * only to be refused. The server checks again (and looks at the bytes, not the name).
 */
export function photoProblem(file: { type: string; size: number }): PhotoProblem | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > PHOTO_MAX_BYTES) return 'size';
  return null;
}

/** '4.2 MB' for the too-large message. */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Sends the photo as multipart/form-data (field `photo`), which the JSON client cannot, with the
 * session's CSRF token like every other write. A stale token (403 CSRF_FAILED) is refreshed from
 * /auth/me once and the upload sent again, as api/client.ts does for JSON writes.
 */
export async function uploadGuestPhoto(guestId: string, file: File, fetchImpl: FetchLike = (i, init) => fetch(i, init)): Promise<Guest> {
  try {
    return await send(guestId, file, fetchImpl);
  } catch (e) {
    if (e instanceof ApiError && e.status === 403 && e.body?.code === 'CSRF_FAILED') {
      await authApi.me();
      return send(guestId, file, fetchImpl);
    }
    throw e;
  }
}

async function send(guestId: string, file: File, fetchImpl: FetchLike): Promise<Guest> {
  const path = guestsApi.photoUploadPath(guestId);
  const body = new FormData();
  body.append('photo', file, file.name);
  // No Content-Type: the browser writes the multipart boundary itself.
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetchImpl(path, { method: 'POST', body, headers, credentials: 'same-origin' });
  } catch (e) {
    if (isAbortError(e)) throw e;
    throw new ApiError('network', 0, null, `POST ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML page (e.g. its own 413): handled below by status.
  }
  if (!response.ok) {
    if (isApiErrorBody(parsed)) throw new ApiError('http', response.status, parsed, parsed.message);
    throw new ApiError('invalidResponse', response.status, null, `POST ${path}: HTTP ${response.status}`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new ApiError('invalidResponse', response.status, null, `POST ${path}: no guest in the answer`);
  return parsed as Guest;
}
