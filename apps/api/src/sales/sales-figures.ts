import type { FairSalesDay, SalesComparison, SalesComparisonFigure, SalesDayPhase } from '@bussanten/contracts';
import type { SalesFigureRow } from './sales.repository';

const sum = (xs: { salesYen: number; customers: number }[]) => ({
  salesYen: xs.reduce((s, x) => s + x.salesYen, 0),
  customers: xs.reduce((s, x) => s + x.customers, 0),
});
export { sum as sumFigures };

/** Day numbers of a fair's open days (1 for the first), by date. */
export function dayNumbers(days: { date: string; opens: string | null }[]): Map<string, number> {
  const numbers = new Map<string, number>();
  days.filter((d) => d.opens !== null).forEach((d, i) => numbers.set(d.date, i + 1));
  return numbers;
}

const figure = (current: { salesYen: number; customers: number }, previous: { salesYen: number; customers: number } | null): SalesComparisonFigure => ({
  currentYen: current.salesYen,
  previousYen: previous ? previous.salesYen : null,
  currentCustomers: current.customers,
  previousCustomers: previous ? previous.customers : null,
});

/**
 * This fair's figures against another's, per day number and per municipality (this fair's first, in
 * its order, then those only at the other), and in total. Without another fair, previous is null.
 */
export function compareFigures(
  current: { rows: SalesFigureRow[]; days: Map<string, number> },
  previous: { rows: SalesFigureRow[]; days: Map<string, number> } | null,
): Pick<SalesComparison, 'byDayNumber' | 'byExhibitor' | 'total'> {
  const byNumber = (rows: SalesFigureRow[], days: Map<string, number>, n: number) => rows.filter((r) => days.get(r.date) === n);
  const maxDay = Math.max(0, ...current.days.values(), ...(previous ? previous.days.values() : []));
  const byDayNumber = Array.from({ length: maxDay }, (_, i) => ({
    dayNumber: i + 1,
    ...figure(sum(byNumber(current.rows, current.days, i + 1)), previous ? sum(byNumber(previous.rows, previous.days, i + 1)) : null),
  }));
  const municipalities = new Map<string, { municipalityId: string; municipalityName: string; municipalityNameEn: string | null }>();
  for (const r of [...current.rows, ...(previous?.rows ?? [])]) {
    if (!municipalities.has(r.municipalityId))
      municipalities.set(r.municipalityId, {
        municipalityId: r.municipalityId,
        municipalityName: r.municipalityName,
        municipalityNameEn: r.municipalityNameEn,
      });
  }
  const byExhibitor = [...municipalities.values()].map((m) => {
    const prev = previous?.rows.filter((r) => r.municipalityId === m.municipalityId) ?? [];
    return { ...m, ...figure(sum(current.rows.filter((r) => r.municipalityId === m.municipalityId)), previous && prev.length ? sum(prev) : null) };
  });
  return { byDayNumber, byExhibitor, total: figure(sum(current.rows), previous ? sum(previous.rows) : null) };
}

/** Day totals and who is missing (only once the day has closed). */
export function dayTotals(
  day: { date: string; phase: SalesDayPhase },
  attending: string[],
  entries: { applicationId: string; date: string; salesYen: number; customers: number }[],
): Pick<FairSalesDay, 'totalYen' | 'customers' | 'entered' | 'expected' | 'missing'> {
  const own = entries.filter((e) => e.date === day.date);
  const entered = new Set(own.map((e) => e.applicationId));
  const { salesYen, customers } = sum(own);
  return {
    totalYen: salesYen,
    customers,
    entered: own.length,
    expected: attending.length,
    missing: day.phase === 'closed' ? attending.filter((id) => !entered.has(id)) : [],
  };
}
