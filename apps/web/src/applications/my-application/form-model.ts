import {
  MAX_PR_TEXT_LENGTH,
  PERMIT_STATUSES,
  PRODUCT_CATEGORIES,
  type ApiErrorDetail,
  type Application,
  type ApplicationDraftInput,
  type ApplicationInput,
  type PreviousApplication,
  type PermitStatus,
  type ProductCategory,
} from '@bussanten/contracts';
import { applicationDetailProblems, attendanceProblems, phoneRule, ruleDetail, type FairDay, normalizeTyped } from '@bussanten/domain';

/** One product row as typed; `key` keeps React's rows (and their focus) stable when one is removed. */
export interface ProductRow {
  key: number;
  name: string;
  /** For English readers of the public page; blank: the Japanese name is shown. */
  nameEn: string;
  category: string;
  priceMin: string;
  priceMax: string;
  food: boolean;
  alcohol: boolean;
}

export interface StaffRow {
  key: number;
  name: string;
  phone: string;
}

/** What the form holds: exactly what was typed, so nothing is lost when the API says no. */
export interface ApplicationFormValues {
  days: string[];
  products: ProductRow[];
  minAreaM2: string;
  powerWatts: string;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  cooking: boolean;
  permitStatus: string;
  permitNumber: string;
  permitHealthCentre: string;
  staffCount: string;
  staff: StaffRow[];
  vehicle: string;
  loadInTime: string;
  note: string;
  prText: string;
  prTextEn: string;
}

let nextKey = 1;
const key = () => nextKey++;

export const emptyProduct = (): ProductRow => ({ key: key(), name: '', nameEn: '', category: '', priceMin: '', priceMax: '', food: false, alcohol: false });
export const emptyStaff = (): StaffRow => ({ key: key(), name: '', phone: '' });

/** A new application starts with one empty product row and one empty staff row, ready to type into. */
export function emptyApplicationForm(): ApplicationFormValues {
  return {
    days: [],
    products: [emptyProduct()],
    minAreaM2: '',
    powerWatts: '',
    fridge: false,
    freezer: false,
    water: false,
    cooking: false,
    permitStatus: '',
    permitNumber: '',
    permitHealthCentre: '',
    staffCount: '',
    staff: [emptyStaff()],
    vehicle: '',
    loadInTime: '',
    note: '',
    prText: '',
    prTextEn: '',
  };
}

const text = (n: number | null) => (n === null ? '' : String(n));

/** The rows, needs, permit, staff, vehicle, note and PR texts of an application (or an earlier one to copy from), as the form holds them. */
function detailsFrom(
  a: Pick<Application, 'products' | 'needs' | 'permit' | 'staff' | 'vehicle' | 'note' | 'prText' | 'prTextEn'> & { staffCount: number | null },
): Omit<ApplicationFormValues, 'days' | 'loadInTime'> {
  return {
    products: a.products.length
      ? a.products.map((p) => ({
          key: key(),
          name: p.name,
          nameEn: p.nameEn ?? '',
          category: p.category ?? '',
          priceMin: text(p.priceMin),
          priceMax: text(p.priceMax),
          food: p.food,
          alcohol: p.alcohol,
        }))
      : [emptyProduct()],
    minAreaM2: text(a.needs.minAreaM2),
    powerWatts: a.needs.powerWatts > 0 ? String(a.needs.powerWatts) : '',
    fridge: a.needs.fridge,
    freezer: a.needs.freezer,
    water: a.needs.water,
    cooking: a.needs.cooking ?? false,
    permitStatus: a.permit.status ?? '',
    permitNumber: a.permit.number ?? '',
    permitHealthCentre: a.permit.healthCentre ?? '',
    staffCount: text(a.staffCount),
    staff: a.staff.length ? a.staff.map((s) => ({ key: key(), name: s.name, phone: s.phone })) : [emptyStaff()],
    vehicle: a.vehicle ?? '',
    note: a.note ?? '',
    prText: a.prText ?? '',
    prTextEn: a.prTextEn ?? '',
  };
}

export function valuesFromApplication(a: Application): ApplicationFormValues {
  return { days: [...a.days].sort(), loadInTime: a.loadInTime ?? '', ...detailsFrom(a) };
}

/**
 * Copies an earlier application's products, booth needs, permit, staff, vehicle and note into the
 * form; the days (and the load-in time of a first day) stay as they are: they belong to this fair.
 */
export function copyFromPrevious(v: ApplicationFormValues, previous: PreviousApplication): ApplicationFormValues {
  return { ...v, ...detailsFrom(previous) };
}

/** The fair's open days (a closed day cannot be attended), in order. */
export function openDaysOf(fairDays: FairDay[]): string[] {
  return fairDays
    .filter((d) => d.opens !== null || d.closes !== null)
    .map((d) => d.date)
    .sort();
}

/** Whether every open day is chosen already (the "select all" control then clears them). */
export function allOpenDaysChosen(v: ApplicationFormValues, fairDays: FairDay[]): boolean {
  const open = openDaysOf(fairDays);
  return open.length > 0 && open.every((d) => v.days.includes(d));
}

/** Every open day chosen, or (when all are) none. */
export function toggleAllDays(v: ApplicationFormValues, fairDays: FairDay[]): ApplicationFormValues {
  return { ...v, days: allOpenDaysChosen(v, fairDays) ? [] : openDaysOf(fairDays) };
}

/** '1,500' or '１５００' → 1500; '' → null; anything else → NaN (a problem to report). */
export function parseAmount(typed: string): number | null {
  const folded = normalizeTyped(typed).replace(/[,\s]/g, '');
  if (folded === '') return null;
  return /^\d+(\.\d+)?$/.test(folded) ? Number(folded) : NaN;
}

const isBlankProduct = (p: ProductRow) =>
  p.name.trim() === '' && p.nameEn.trim() === '' && p.category === '' && p.priceMin.trim() === '' && p.priceMax.trim() === '' && !p.food && !p.alcohol;
const isBlankStaff = (s: StaffRow) => s.name.trim() === '' && s.phone.trim() === '';

/** The rows that count: rows left entirely blank are ignored rather than reported. */
export function filledProducts(v: ApplicationFormValues): ProductRow[] {
  return v.products.filter((p) => !isBlankProduct(p));
}
export function filledStaff(v: ApplicationFormValues): StaffRow[] {
  return v.staff.filter((s) => !isBlankStaff(s));
}

const optional = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/**
 * Field paths of the request body, indexed as sent: blank rows are dropped, so the n-th filled
 * product is `products.n`. The form uses the same numbering to put messages next to its rows.
 */
export function validateApplicationForm(v: ApplicationFormValues, fairDays: FairDay[]): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const need = (field: string, rule: string, message: string) => out.push({ field, rule, message });

  out.push(...attendanceProblems([...v.days].sort(), fairDays));

  if (filledProducts(v).length === 0) need('products', 'arrayMinSize', 'products must list at least one product');
  // Published texts are checked here too, so a visitor-facing text too long is told before sending.
  for (const f of ['prText', 'prTextEn'] as const)
    if (v[f].trim().length > MAX_PR_TEXT_LENGTH) need(f, 'maxLength', `${f} must be at most ${MAX_PR_TEXT_LENGTH} characters`);
  filledProducts(v).forEach((p, i) => {
    if (p.name.trim() === '') need(`products.${i}.name`, 'required', 'name is required');
    if (p.nameEn.trim().length > 100) need(`products.${i}.nameEn`, 'maxLength', 'nameEn must be at most 100 characters');
    if (!(PRODUCT_CATEGORIES as readonly string[]).includes(p.category)) need(`products.${i}.category`, 'required', 'category is required');
    for (const f of ['priceMin', 'priceMax'] as const) {
      const n = parseAmount(p[f]);
      if (n !== null && !(Number.isInteger(n) && n >= 0)) need(`products.${i}.${f}`, 'isInt', `${f} must be a whole number of yen`);
    }
  });

  const area = parseAmount(v.minAreaM2);
  if (area !== null && !(area > 0)) need('needs.minAreaM2', 'isNumber', 'minAreaM2 must be a positive number');
  const power = parseAmount(v.powerWatts);
  if (power !== null && !(Number.isInteger(power) && power >= 0)) need('needs.powerWatts', 'isInt', 'powerWatts must be a whole number');

  if (!(PERMIT_STATUSES as readonly string[]).includes(v.permitStatus)) need('permit.status', 'required', 'permit.status is required');

  const count = parseAmount(v.staffCount);
  if (count === null) need('staffCount', 'required', 'staffCount is required');
  else if (!(Number.isInteger(count) && count >= 1)) need('staffCount', 'min', 'staffCount must be at least 1');

  filledStaff(v).forEach((s, i) => {
    if (s.name.trim() === '') need(`staff.${i}.name`, 'required', 'name is required');
    if (s.phone.trim() === '') need(`staff.${i}.phone`, 'required', 'phone is required');
    else {
      const problem = ruleDetail(phoneRule, `staff.${i}.phone`, normalizeTyped(s.phone));
      if (problem) out.push(problem);
    }
  });

  // The domain's cross-field rules: price ranges, permit details when held, staff names within the count, the time.
  if (out.length === 0) {
    const input = toApplicationInput(v);
    out.push(...applicationDetailProblems(input));
  }
  return out;
}

/** The request body; call only once validateApplicationForm has found nothing to type-check. */
export function toApplicationInput(v: ApplicationFormValues): ApplicationInput {
  const status = v.permitStatus as PermitStatus;
  return {
    days: [...v.days].sort(),
    products: filledProducts(v).map((p) => ({
      name: p.name.trim(),
      nameEn: optional(p.nameEn),
      category: p.category as ProductCategory,
      priceMin: parseAmount(p.priceMin),
      priceMax: parseAmount(p.priceMax),
      food: p.food,
      alcohol: p.alcohol,
    })),
    needs: {
      minAreaM2: parseAmount(v.minAreaM2),
      powerWatts: parseAmount(v.powerWatts) ?? 0,
      fridge: v.fridge,
      freezer: v.freezer,
      water: v.water,
      cooking: v.cooking,
    },
    // Only a held permit has a number and a health centre; what was typed before switching away is not sent.
    permit: { status, number: status === 'held' ? optional(v.permitNumber) : null, healthCentre: status === 'held' ? optional(v.permitHealthCentre) : null },
    staffCount: parseAmount(v.staffCount) ?? 0,
    staff: filledStaff(v).map((s) => ({ name: s.name.trim(), phone: normalizeTyped(s.phone) })),
    vehicle: optional(v.vehicle),
    loadInTime: optional(normalizeTyped(v.loadInTime)),
    note: optional(v.note),
    prText: optional(v.prText),
    prTextEn: optional(v.prTextEn),
  };
}

const LIMITS: [field: 'vehicle' | 'note' | 'prText' | 'prTextEn', max: number][] = [
  ['vehicle', 200],
  ['note', 2000],
  ['prText', MAX_PR_TEXT_LENGTH],
  ['prTextEn', MAX_PR_TEXT_LENGTH],
];

/**
 * A draft is refused only what the API could not store: numbers that are not numbers, texts too
 * long, a time that is not one. Everything else (a day, a product, the permit, the staff count)
 * may still be missing; submitting checks it all (validateApplicationForm).
 */
export function validateDraftForm(v: ApplicationFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const need = (field: string, rule: string, message: string) => out.push({ field, rule, message });
  const wholeNumber = (typed: string) => {
    const n = parseAmount(typed);
    return n === null || (Number.isInteger(n) && n >= 0);
  };
  filledProducts(v).forEach((p, i) => {
    if (p.name.trim().length > 100) need(`products.${i}.name`, 'maxLength', 'name must be at most 100 characters');
    if (p.nameEn.trim().length > 100) need(`products.${i}.nameEn`, 'maxLength', 'nameEn must be at most 100 characters');
    for (const f of ['priceMin', 'priceMax'] as const) if (!wholeNumber(p[f])) need(`products.${i}.${f}`, 'isInt', `${f} must be a whole number of yen`);
  });
  const area = parseAmount(v.minAreaM2);
  if (area !== null && !(area > 0)) need('needs.minAreaM2', 'isNumber', 'minAreaM2 must be a positive number');
  if (!wholeNumber(v.powerWatts)) need('needs.powerWatts', 'isInt', 'powerWatts must be a whole number');
  if (!wholeNumber(v.staffCount)) need('staffCount', 'isInt', 'staffCount must be a whole number');
  for (const [f, max] of LIMITS) if (v[f].trim().length > max) need(f, 'maxLength', `${f} must be at most ${max} characters`);
  const time = optional(normalizeTyped(v.loadInTime));
  if (time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) need('loadInTime', 'matches', 'loadInTime must be HH:MM');
  return out;
}

/** The draft's request body: what is blank stays blank (null), nothing is made up. Call once validateDraftForm found nothing. */
export function toDraftInput(v: ApplicationFormValues): ApplicationDraftInput {
  const full = toApplicationInput(v);
  const status = (PERMIT_STATUSES as readonly string[]).includes(v.permitStatus) ? (v.permitStatus as PermitStatus) : null;
  return {
    ...full,
    products: filledProducts(v).map((p, i) => ({
      ...full.products[i],
      category: (PRODUCT_CATEGORIES as readonly string[]).includes(p.category) ? (p.category as ProductCategory) : null,
    })),
    permit: { ...full.permit, status },
    staffCount: parseAmount(v.staffCount),
  };
}

/** 'products.2.name' → the row key of the third filled product, so its message lands on the right row. */
export function rowIndexOf(field: string, list: 'products' | 'staff'): number | null {
  const m = new RegExp(`^${list}\\.(\\d+)(?:\\.|$)`).exec(field);
  return m ? Number(m[1]) : null;
}
