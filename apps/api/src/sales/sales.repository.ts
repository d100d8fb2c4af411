import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DraftProductInput, SalesLine } from '@bussanten/contracts';

export interface SalesApplicationRow {
  id: string;
  fairId: string;
  fairTitle: string;
  status: string;
  products: DraftProductInput[];
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  /** The days it attends, in order. */
  days: string[];
}

export interface SalesDayRow {
  date: string;
  opens: string | null;
  closes: string | null;
  confirmedAt: Date | null;
  confirmedByName: string | null;
}

export interface SalesEntryRow {
  applicationId: string;
  date: string;
  salesYen: number;
  customers: number;
  products: SalesLine[];
  enteredOnBehalf: boolean;
  enteredByName: string | null;
  updatedAt: Date;
}

export interface SalesFigureRow {
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  date: string;
  salesYen: number;
  customers: number;
}

const APPLICATION_SELECT = `SELECT a.id, a.fair_id AS "fairId", f.title AS "fairTitle", a.status, a.products,
    mu.id AS "municipalityId", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn",
    COALESCE(array_agg(to_char(ad.date, 'YYYY-MM-DD') ORDER BY ad.date) FILTER (WHERE ad.date IS NOT NULL), '{}') AS days
  FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
  LEFT JOIN application_days ad ON ad.application_id = a.id`;

const ENTRY_SELECT = `SELECT ds.application_id AS "applicationId", to_char(ds.date, 'YYYY-MM-DD') AS date, ds.sales_yen AS "salesYen", ds.customers,
    ds.products, ds.entered_on_behalf AS "enteredOnBehalf", u.display_name AS "enteredByName", ds.updated_at AS "updatedAt"
  FROM daily_sales ds JOIN fairs f ON f.id = ds.fair_id LEFT JOIN users u ON u.id = ds.entered_by`;

/** The SQL of daily sales; every query is scoped to the host through the fair (and to the municipality for representatives). */
@Injectable()
export class SalesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The own municipality's application, or null (another municipality's or host's is not told apart). */
  async ownApplication(id: string, hostId: string, municipalityId: string): Promise<SalesApplicationRow | null> {
    const [row] = await this.db.query(`${APPLICATION_SELECT} WHERE a.id = $1 AND f.host_id = $2 AND a.municipality_id = $3 GROUP BY a.id, f.id, mu.id`, [
      id,
      hostId,
      municipalityId,
    ]);
    return row ?? null;
  }

  /** The fair's accepted applications with their days, by municipality reading. */
  acceptedApplications(fairId: string, hostId: string): Promise<SalesApplicationRow[]> {
    return this.db.query(
      `${APPLICATION_SELECT} WHERE a.fair_id = $1 AND f.host_id = $2 AND a.status = 'accepted' GROUP BY a.id, f.id, mu.id ORDER BY mu.reading, mu.name, a.id`,
      [fairId, hostId],
    );
  }

  async fair(fairId: string, hostId: string): Promise<{ id: string; title: string } | null> {
    const [row] = await this.db.query(`SELECT id, title FROM fairs WHERE id = $1 AND host_id = $2`, [fairId, hostId]);
    return row ?? null;
  }

  /** The fair's days with their confirmation, in order. */
  days(fairId: string, hostId: string, m: EntityManager = this.db.manager): Promise<SalesDayRow[]> {
    return m.query(
      `SELECT to_char(fd.date, 'YYYY-MM-DD') AS date, to_char(fd.opens, 'HH24:MI') AS opens, to_char(fd.closes, 'HH24:MI') AS closes,
         c.confirmed_at AS "confirmedAt", u.display_name AS "confirmedByName"
       FROM fair_days fd JOIN fairs f ON f.id = fd.fair_id
       LEFT JOIN sales_day_confirmations c ON c.fair_id = fd.fair_id AND c.date = fd.date LEFT JOIN users u ON u.id = c.confirmed_by
       WHERE fd.fair_id = $1 AND f.host_id = $2 ORDER BY fd.date`,
      [fairId, hostId],
    );
  }

  /** The fair's figures, of one application when given. */
  entries(fairId: string, hostId: string, applicationId: string | null = null, m: EntityManager = this.db.manager): Promise<SalesEntryRow[]> {
    return m.query(`${ENTRY_SELECT} WHERE ds.fair_id = $1 AND f.host_id = $2 AND ($3::uuid IS NULL OR ds.application_id = $3) ORDER BY ds.date`, [
      fairId,
      hostId,
      applicationId,
    ]);
  }

  /**
   * Locks the fair day (sales writes and its confirmation take turns) and tells whether it is confirmed;
   * null when the fair day does not exist for the host.
   */
  async lockDay(fairId: string, hostId: string, date: string, m: EntityManager): Promise<{ confirmed: boolean } | null> {
    const [row] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM sales_day_confirmations c WHERE c.fair_id = fd.fair_id AND c.date = fd.date) AS confirmed
       FROM fair_days fd JOIN fairs f ON f.id = fd.fair_id WHERE fd.fair_id = $1 AND f.host_id = $2 AND fd.date = $3 FOR NO KEY UPDATE OF fd`,
      [fairId, hostId, date],
    );
    return row ?? null;
  }

  async upsert(
    e: {
      applicationId: string;
      fairId: string;
      date: string;
      salesYen: number;
      customers: number;
      products: SalesLine[];
      enteredBy: string;
      onBehalf: boolean;
    },
    m: EntityManager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO daily_sales (application_id, fair_id, date, sales_yen, customers, products, entered_by, entered_on_behalf)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (application_id, date) DO UPDATE SET sales_yen = EXCLUDED.sales_yen, customers = EXCLUDED.customers, products = EXCLUDED.products,
         entered_by = EXCLUDED.entered_by, entered_on_behalf = EXCLUDED.entered_on_behalf, updated_at = now()`,
      [e.applicationId, e.fairId, e.date, e.salesYen, e.customers, JSON.stringify(e.products), e.enteredBy, e.onBehalf],
    );
  }

  /** Records the confirmation; false when the day was confirmed already. */
  async confirm(fairId: string, date: string, userId: string, m: EntityManager): Promise<boolean> {
    const rows = await m.query(`INSERT INTO sales_day_confirmations (fair_id, date, confirmed_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING date`, [
      fairId,
      date,
      userId,
    ]);
    return rows.length > 0;
  }

  /** The host's other fairs that have sales, newest first, marking those with a confirmed day. */
  otherFairsWithSales(fairId: string, hostId: string): Promise<{ id: string; title: string; firstDay: string | null; confirmed: boolean }[]> {
    return this.db.query(
      `SELECT f.id, f.title, (SELECT to_char(min(fd.date), 'YYYY-MM-DD') FROM fair_days fd WHERE fd.fair_id = f.id) AS "firstDay",
         EXISTS (SELECT 1 FROM sales_day_confirmations c WHERE c.fair_id = f.id) AS confirmed
       FROM fairs f WHERE f.host_id = $1 AND f.id <> $2 AND EXISTS (SELECT 1 FROM daily_sales ds WHERE ds.fair_id = f.id)
       ORDER BY "firstDay" DESC NULLS LAST, f.id`,
      [hostId, fairId],
    );
  }

  /** Every figure of a fair with its municipality, for comparisons. */
  figures(fairId: string, hostId: string): Promise<SalesFigureRow[]> {
    return this.db.query(
      `SELECT mu.id AS "municipalityId", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn", to_char(ds.date, 'YYYY-MM-DD') AS date,
         ds.sales_yen AS "salesYen", ds.customers
       FROM daily_sales ds JOIN fairs f ON f.id = ds.fair_id JOIN applications a ON a.id = ds.application_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE ds.fair_id = $1 AND f.host_id = $2 ORDER BY mu.reading, mu.name, ds.date`,
      [fairId, hostId],
    );
  }
}
