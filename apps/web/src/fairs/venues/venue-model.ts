import type { ApiErrorDetail, Venue, VenueInput } from '@bussanten/contracts';
import { ROOM_METRES_RULES, firstRuleDetail, normalizeTyped } from '@bussanten/domain';

export interface RoomRow {
  /** The saved room's id; absent for a room added in this form. */
  id?: string;
  name: string;
  widthM: string;
  depthM: string;
}

export interface VenueFormValues {
  name: string;
  address: string;
  rooms: RoomRow[];
}

export const EMPTY_ROOM: RoomRow = { name: '', widthM: '', depthM: '' };
export const EMPTY_VENUE_FORM: VenueFormValues = { name: '', address: '', rooms: [EMPTY_ROOM] };

/**
 * Metres as people type them: full-width digits and a comma as the decimal mark are fine
 * ('１２，５' → 12.5). null for an empty box, NaN for anything else.
 */
export function parseMetres(text: string): number | null {
  const plain = normalizeTyped(text).replace(',', '.');
  if (plain === '') return null;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(plain)) return Number.NaN;
  return Number(plain);
}

export function valuesFromVenue(v: Venue): VenueFormValues {
  return {
    name: v.name,
    address: v.address,
    rooms: v.rooms.map((r) => ({ id: r.id, name: r.name, widthM: String(r.widthM), depthM: String(r.depthM) })),
  };
}

export function validateVenueForm(v: VenueFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (v.name.trim() === '') out.push({ field: 'name', rule: 'required', message: 'name is required' });
  if (v.address.trim() === '') out.push({ field: 'address', rule: 'required', message: 'address is required' });
  if (v.rooms.length === 0) out.push({ field: 'rooms', rule: 'arrayMinSize', message: 'at least one room' });
  v.rooms.forEach((r, i) => {
    if (r.name.trim() === '') out.push({ field: `rooms.${i}.name`, rule: 'required', message: 'name is required' });
    for (const field of ['widthM', 'depthM'] as const) {
      const n = parseMetres(r[field]);
      const at = `rooms.${i}.${field}`;
      if (n === null) out.push({ field: at, rule: 'required', message: `${field} is required` });
      else {
        // The room's sides are checked by the API too (libs/domain ROOM_METRES_RULES).
        const broken = firstRuleDetail(ROOM_METRES_RULES, at, n);
        if (broken) out.push(broken);
      }
    }
  });
  return out;
}

/** The request body; call only when validateVenueForm found nothing. */
export function toVenueInput(v: VenueFormValues): VenueInput {
  return {
    name: v.name.trim(),
    address: v.address.trim(),
    rooms: v.rooms.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      name: r.name.trim(),
      widthM: parseMetres(r.widthM) as number,
      depthM: parseMetres(r.depthM) as number,
    })),
  };
}

/** 'rooms.1.widthM' → the second room's width box. */
export function venueControlId(field: string): string | null {
  const room = /^rooms\.(\d+)\.(name|widthM|depthM)/.exec(field);
  if (room) return `venue-room-${room[1]}-${room[2]}`;
  if (field === 'name' || field === 'address') return `venue-${field}`;
  if (field === 'rooms') return 'venue-add-room';
  return null;
}
