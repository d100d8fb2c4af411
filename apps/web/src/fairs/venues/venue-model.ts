import type { ApiErrorDetail, PostalCodePlace, Venue, VenueInput } from '@bussanten/contracts';
import { ROOM_METRES_RULES, firstRuleDetail, normalizeTyped, postalCodeRule, ruleDetail } from '@bussanten/domain';

export interface RoomRow {
  /** The saved room's id; absent for a room added in this form. */
  id?: string;
  name: string;
  widthM: string;
  depthM: string;
}

export interface VenueFormValues {
  name: string;
  postalCode: string;
  /** 都道府県 by name ('' for none), as the API stores it. */
  prefecture: string;
  city: string;
  address: string;
  rooms: RoomRow[];
}

export const EMPTY_ROOM: RoomRow = { name: '', widthM: '', depthM: '' };
export const EMPTY_VENUE_FORM: VenueFormValues = { name: '', postalCode: '', prefecture: '', city: '', address: '', rooms: [EMPTY_ROOM] };

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
    postalCode: v.postalCode ?? '',
    prefecture: v.prefecture ?? '',
    city: v.city ?? '',
    address: v.address,
    rooms: v.rooms.map((r) => ({ id: r.id, name: r.name, widthM: String(r.widthM), depthM: String(r.depthM) })),
  };
}

export function validateVenueForm(v: VenueFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (v.name.trim() === '') out.push({ field: 'name', rule: 'required', message: 'name is required' });
  if (v.address.trim() === '') out.push({ field: 'address', rule: 'required', message: 'address is required' });
  const postalCode = normalizeTyped(v.postalCode);
  const badCode = postalCode === '' ? null : ruleDetail(postalCodeRule, 'postalCode', postalCode);
  if (badCode) out.push(badCode);
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
    postalCode: normalizeTyped(v.postalCode) || null,
    prefecture: v.prefecture || null,
    city: v.city.trim() || null,
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
  if (['name', 'postalCode', 'prefecture', 'city', 'address'].includes(field)) return `venue-${field}`;
  if (field === 'rooms') return 'venue-add-room';
  return null;
}

/**
 * What a postal code's places fill in: the prefecture and city of the first place (most codes have
 * one), and its town at the start of the address when the address is still empty.
 */
export function withPlace(values: Pick<VenueFormValues, 'prefecture' | 'city' | 'address'>, place: PostalCodePlace) {
  return { prefecture: place.prefecture, city: place.city, address: values.address.trim() === '' ? place.town : values.address };
}
