import type { ApiErrorDetail } from '@bussanten/contracts';
import { minutesOf, tokyoDateTime, type FairDay } from './fair-calendar';

/** Where a fair day stands for its sales, at an instant (clock injected), in Japan time whatever the process time zone. */
export type SalesDayPhase = 'notBegun' | 'open' | 'closed';

/**
 * A day "has begun" once its opening time in Japan has passed; it is "closed" from its closing time
 * (from then the organizer sees who is missing). A day without hours (closed all day) never begins.
 */
export function salesDayPhase(day: FairDay, now: Date): SalesDayPhase {
  if (day.opens === null || day.closes === null) return 'notBegun';
  const { date, time } = tokyoDateTime(now);
  if (date !== day.date) return date < day.date ? 'notBegun' : 'closed';
  const minutes = minutesOf(time);
  if (minutes < minutesOf(day.opens.slice(0, 5))) return 'notBegun';
  return minutes < minutesOf(day.closes.slice(0, 5)) ? 'open' : 'closed';
}

export const salesDayBegun = (day: FairDay, now: Date): boolean => salesDayPhase(day, now) !== 'notBegun';

/** The largest figure accepted for a day (yen or customers): a typo guard, far above any fair booth. */
export const MAX_SALES_FIGURE = 999_999_999;

/** One product line of a day's figures: a product of the application by its index, how many sold, for how much. */
export interface SalesLineInput {
  product: number;
  quantity: number;
  amountYen: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SALES_FIGURE;

function figureProblem(field: string, v: unknown): ApiErrorDetail | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return { field, rule: 'isInt', message: `${field} must be a whole number` };
  if (!Number.isInteger(v)) return { field, rule: 'isInt', message: `${field} must be a whole number (integer yen)` };
  if (v < 0) return { field, rule: 'min', message: `${field} must not be negative` };
  if (v > MAX_SALES_FIGURE) return { field, rule: 'max', message: `${field} must be at most ${MAX_SALES_FIGURE}` };
  return null;
}

/**
 * Problems with a day's figures, one detail per bad field: yen and customers whole numbers from 0,
 * product lines naming one of the application's `productCount` products (each once), with a whole
 * quantity and amount.
 */
export function salesInputProblems(input: { salesYen: unknown; customers: unknown; products?: unknown }, productCount: number): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  for (const field of ['salesYen', 'customers'] as const) {
    const p = figureProblem(field, input[field]);
    if (p) problems.push(p);
  }
  if (input.products === undefined) return problems;
  if (!Array.isArray(input.products) || input.products.length > Math.max(productCount, 0)) {
    problems.push({ field: 'products', rule: 'isArray', message: `products must be a list of at most ${productCount} lines` });
    return problems;
  }
  const seen = new Set<number>();
  input.products.forEach((line: unknown, i) => {
    const l = (typeof line === 'object' && line !== null ? line : {}) as Record<string, unknown>;
    const product = l['product'];
    if (!isCount(product) || product >= productCount) {
      problems.push({
        field: `products.${i}.product`,
        rule: 'product',
        message: `products.${i}.product must be the index of one of the application's products`,
      });
    } else if (seen.has(product)) {
      problems.push({ field: `products.${i}.product`, rule: 'unique', message: `products.${i}.product repeats a product` });
    } else seen.add(product);
    for (const field of ['quantity', 'amountYen'] as const) {
      const p = figureProblem(`products.${i}.${field}`, l[field]);
      if (p) problems.push(p);
    }
  });
  return problems;
}
