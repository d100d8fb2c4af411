import type { ApiErrorDetail, DailySalesInput, SalesEntry } from '@bussanten/contracts';

/** A day's figures as typed: yen and customers as text (full-width digits and commas allowed), product lines optional. */
export interface SalesValues {
  salesYen: string;
  customers: string;
  products: { product: string; quantity: string; amountYen: string }[];
}

export const EMPTY_SALES: SalesValues = { salesYen: '', customers: '', products: [] };

/** The form's values for an entry already made (or empty). */
export function salesValuesOf(entry: SalesEntry | null): SalesValues {
  if (!entry) return EMPTY_SALES;
  return {
    salesYen: String(entry.salesYen),
    customers: String(entry.customers),
    products: entry.products.map((l) => ({ product: String(l.product), quantity: String(l.quantity), amountYen: String(l.amountYen) })),
  };
}

/** '１２,８００' → 12800; null when it is not a whole number from 0. */
export function parseWholeNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s円]/g, '');
  if (!/^\d{1,9}$/.test(ascii)) return null;
  return Number(ascii);
}

function wholeDetail(field: string, text: string): ApiErrorDetail | null {
  if (text.trim() === '') return { field, rule: 'required', message: `${field} is required` };
  return parseWholeNumber(text) === null ? { field, rule: 'isInt', message: `${field} must be a whole number from 0` } : null;
}

/** The input the values ask for, and the problems that stop it being sent (named as the API names them). */
export function toSalesInput(values: SalesValues): { input: DailySalesInput | null; problems: ApiErrorDetail[] } {
  const problems: ApiErrorDetail[] = [];
  for (const field of ['salesYen', 'customers'] as const) {
    const p = wholeDetail(field, values[field]);
    if (p) problems.push(p);
  }
  values.products.forEach((l, i) => {
    if (l.product === '') problems.push({ field: `products.${i}.product`, rule: 'required', message: `products.${i}.product is required` });
    for (const field of ['quantity', 'amountYen'] as const) {
      const p = wholeDetail(`products.${i}.${field}`, l[field]);
      if (p) problems.push(p);
    }
  });
  if (problems.length > 0) return { input: null, problems };
  const input: DailySalesInput = { salesYen: parseWholeNumber(values.salesYen) as number, customers: parseWholeNumber(values.customers) as number };
  if (values.products.length > 0) {
    input.products = values.products.map((l) => ({
      product: Number(l.product),
      quantity: parseWholeNumber(l.quantity) as number,
      amountYen: parseWholeNumber(l.amountYen) as number,
    }));
  }
  return { input, problems };
}

export const validateSalesForm = (values: SalesValues): ApiErrorDetail[] => toSalesInput(values).problems;
