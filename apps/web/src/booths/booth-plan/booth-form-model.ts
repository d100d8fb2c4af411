import { BOOTH_TAGS, type ApiErrorDetail, type BoothInput, type BoothTag } from '@bussanten/contracts';
import {
  BOOTH_POSITION_RULES,
  BOOTH_POWER_RULES,
  BOOTH_SIDE_RULES,
  boothCodeRule,
  boothZoneRule,
  firstRuleDetail,
  normalizeBoothZone,
  ruleDetail,
  type SharedRule,
  normalizeBoothCode,
  normalizeTyped,
} from '@bussanten/domain';

/** The booth form as typed: numbers stay text until saved, so a half-typed '2.' is not lost. */
export interface BoothFormValues {
  code: string;
  x: string;
  y: string;
  width: string;
  depth: string;
  powerWatts: string;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  cookingAllowed: boolean;
  tags: BoothTag[];
  /** Footfall, 0 (quiet) to 3 (by the entrance): chosen from a list, so never half-typed. */
  prime: number;
  /** The zone (区画) as typed; empty for none. */
  zone: string;
}

export const BOOTH_NUMBER_FIELDS = ['x', 'y', 'width', 'depth', 'powerWatts'] as const;
export const BOOTH_FLAGS = ['fridge', 'freezer', 'water', 'cookingAllowed'] as const;
/** The footfall levels a booth can have (BoothDto: an integer 0–3). */
export const PRIME_LEVELS = [0, 1, 2, 3] as const;

/** A usual department-store booth: 3 m wide, 2 m deep, with a socket. */
export const DEFAULT_BOOTH_SIZE = { width: 3, depth: 2 } as const;

export function valuesFromBooth(b: BoothInput): BoothFormValues {
  return {
    code: b.code,
    x: String(b.x),
    y: String(b.y),
    width: String(b.width),
    depth: String(b.depth),
    powerWatts: String(b.powerWatts),
    fridge: b.fridge,
    freezer: b.freezer,
    water: b.water,
    cookingAllowed: b.cookingAllowed,
    tags: [...b.tags],
    // Booths saved before footfall existed have none: they count as quiet.
    prime: b.prime ?? 0,
    zone: b.zone ?? '',
  };
}

export function newBoothValues(at: { x: number; y: number } | null, code: string): BoothFormValues {
  return valuesFromBooth({
    code,
    x: at?.x ?? 0,
    y: at?.y ?? 0,
    ...DEFAULT_BOOTH_SIZE,
    powerWatts: 0,
    fridge: false,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: [],
  });
}

/**
 * The next code after the existing ones with the same letter: A1, A2 → A3. 'A1' for an empty plan.
 * Only a suggestion; the organizer can type any code.
 */
export function suggestCode(booths: readonly { code: string }[]): string {
  let best: { prefix: string; n: number } | null = null;
  for (const b of booths) {
    const m = /^([A-Za-z]*)(\d+)$/.exec(b.code);
    if (m && (!best || Number(m[2]) > best.n)) best = { prefix: m[1] as string, n: Number(m[2]) };
  }
  if (!best) return 'A1';
  let n = best.n + 1;
  const taken = new Set(booths.map((b) => b.code));
  while (taken.has(`${best.prefix}${n}`)) n += 1;
  return `${best.prefix}${n}`;
}

/** Full-width digits and a comma decimal mark are fine; null for empty, NaN for not a number. */
export function parseDecimal(text: string): number | null {
  const plain = normalizeTyped(text).replace(',', '.');
  if (plain === '') return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return Number.NaN;
  return Number(plain);
}

/** Each number field's rules, as the API's BoothDto holds them (libs/domain shared-rules.ts). */
const RULES: Record<(typeof BOOTH_NUMBER_FIELDS)[number], readonly SharedRule[]> = {
  x: BOOTH_POSITION_RULES,
  y: BOOTH_POSITION_RULES,
  width: BOOTH_SIDE_RULES,
  depth: BOOTH_SIDE_RULES,
  powerWatts: BOOTH_POWER_RULES,
};

/** The API's own checks (BoothDto) before asking it, named as it names them. Placement is checked separately. */
export function validateBoothForm(v: BoothFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const code = normalizeBoothCode(v.code);
  if (code === '') out.push({ field: 'code', rule: 'required', message: 'code is required' });
  else {
    const problem = ruleDetail(boothCodeRule, 'code', code);
    if (problem) out.push(problem);
  }
  for (const field of BOOTH_NUMBER_FIELDS) {
    const n = parseDecimal(v[field]);
    if (n === null) out.push({ field, rule: 'required', message: `${field} is required` });
    else {
      const broken = firstRuleDetail(RULES[field], field, n);
      if (broken) out.push(broken);
    }
  }
  const zone = normalizeBoothZone(v.zone);
  const zoneProblem = zone === null ? null : ruleDetail(boothZoneRule, 'zone', zone);
  if (zoneProblem) out.push(zoneProblem);
  return out;
}

/** The request body; call only when validateBoothForm found nothing. */
export function toBoothInputFromForm(v: BoothFormValues): BoothInput {
  const num = (text: string) => parseDecimal(text) as number;
  return {
    code: normalizeBoothCode(v.code),
    x: num(v.x),
    y: num(v.y),
    width: num(v.width),
    depth: num(v.depth),
    powerWatts: num(v.powerWatts),
    fridge: v.fridge,
    freezer: v.freezer,
    water: v.water,
    cookingAllowed: v.cookingAllowed,
    // In the contract's order, whatever order they were ticked in.
    tags: BOOTH_TAGS.filter((tag) => v.tags.includes(tag)),
    prime: v.prime,
    // Trimmed, and blank as none, as the API stores it.
    zone: normalizeBoothZone(v.zone) as string | null,
  };
}

export const boothControlId = (field: string): string | null => {
  if (field === 'tags' || field.startsWith('tags.')) return 'booth-tag-corner';
  if (
    (BOOTH_NUMBER_FIELDS as readonly string[]).includes(field) ||
    field === 'code' ||
    field === 'prime' ||
    field === 'zone' ||
    (BOOTH_FLAGS as readonly string[]).includes(field)
  )
    return `booth-${field}`;
  return null;
};
