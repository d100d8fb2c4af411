/**
 * Daily sales (売上報告, issue 23): what each exhibitor sold per fair day, entered by its
 * representative from a phone, confirmed per day by the organizer. Never on a public route.
 */

/** One product line of a day's figures: a product of the application by its index in the application's products. */
export interface SalesLineInput {
  product: number;
  quantity: number;
  /** Tax included, whole yen. */
  amountYen: number;
}

/** PUT body of a day's figures. */
export interface DailySalesInput {
  /** Sales of the day, tax included, whole yen. */
  salesYen: number;
  /** Customers (receipts). */
  customers: number;
  products?: SalesLineInput[];
}

export interface SalesLine extends SalesLineInput {
  /** The product's name as the application names it now (at entry, if it was removed since). */
  name: string;
}

/** A day's figures of one exhibitor. */
export interface SalesEntry {
  applicationId: string;
  date: string;
  salesYen: number;
  customers: number;
  products: SalesLine[];
  /** Entered or last changed by an organizer for the exhibitor (代理入力). */
  enteredOnBehalf: boolean;
  enteredByName: string | null;
  updatedAt: string;
}

/** Where a fair day stands for sales (Japan time): figures may be entered once it has begun; missing ones count from closing. */
export type SalesDayPhase = 'notBegun' | 'open' | 'closed';

export interface SalesDayState {
  date: string;
  opens: string | null;
  closes: string | null;
  phase: SalesDayPhase;
  /** Set once the organizer confirmed the day: after that only an organizer changes its figures. */
  confirmedAt: string | null;
}

/** GET /api/my/applications/:id/sales: the own municipality's figures at one fair. */
export interface MySales {
  applicationId: string;
  fairId: string;
  fairTitle: string;
  municipalityName: string;
  /** The application's products, by index, for product lines. */
  products: { index: number; name: string }[];
  /** The days the exhibitor attends, each with its figures (null until entered). */
  days: (SalesDayState & { entry: SalesEntry | null })[];
  totalYen: number;
  customers: number;
}

/** One exhibitor's row in the organizer's view. */
export interface FairSalesExhibitor {
  applicationId: string;
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  products: { index: number; name: string }[];
  /** The days it attends. */
  days: string[];
  entries: SalesEntry[];
  totalYen: number;
  customers: number;
}

/** A fair day in the organizer's view: totals, who is missing (from closing time), confirmation. */
export interface FairSalesDay extends SalesDayState {
  /** 1 for the fair's first open day. */
  dayNumber: number;
  confirmedByName: string | null;
  totalYen: number;
  customers: number;
  entered: number;
  expected: number;
  /** Applications attending the day with no figures, once the day has closed (empty before). */
  missing: string[];
}

/** GET /api/fairs/:id/sales. */
export interface FairSales {
  fairId: string;
  days: FairSalesDay[];
  exhibitors: FairSalesExhibitor[];
  totalYen: number;
  customers: number;
}

/** A figure now and at the fair compared with (null when it has none). */
export interface SalesComparisonFigure {
  currentYen: number;
  previousYen: number | null;
  currentCustomers: number;
  previousCustomers: number | null;
}

/** GET /api/fairs/:id/sales/comparison?compareWith=: default the host's latest earlier fair with confirmed sales. */
export interface SalesComparison {
  fairId: string;
  /** The fair compared with, or null when the host has no earlier fair with confirmed sales. */
  compareWith: { id: string; title: string } | null;
  /** Earlier fairs of the host that have sales, newest first, to pick from. */
  candidates: { id: string; title: string; firstDay: string | null }[];
  byDayNumber: (SalesComparisonFigure & { dayNumber: number })[];
  /** Per exhibitor (municipality), this fair's exhibitors first, then those only at the other. */
  byExhibitor: (SalesComparisonFigure & { municipalityId: string; municipalityName: string; municipalityNameEn: string | null })[];
  total: SalesComparisonFigure;
}
