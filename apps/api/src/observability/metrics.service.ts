import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** Route label for requests no route matched (static files, the app shell, 404s): keeps label sets bounded. */
const OTHER = 'other';

/**
 * Prometheus metrics of this process (GET /api/metrics): requests and latency by route, the mail
 * and webhook backlogs, the database pool, and Node's own process metrics. One registry per app,
 * so several apps in one test process do not collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'Requests answered, by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer, by route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() db: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'outbox_backlog',
      help: 'Messages waiting to be sent (mail) or delivered (webhooks)',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        const [row] = await db
          .query(
            `SELECT (SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL)::int AS mail,
                    (SELECT count(*) FROM webhook_deliveries WHERE delivered_at IS NULL AND failed_at IS NULL)::int AS webhooks`,
          )
          .catch(() => [{ mail: -1, webhooks: -1 }]); // -1: the database did not answer
        this.set({ queue: 'mail' }, row.mail);
        this.set({ queue: 'webhooks' }, row.webhooks);
      },
    });
    const pool = () => (db.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database connections of this process: total open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
  }

  /**
   * Counts a hot public read (app-setup.ts) without timing it: a listener and a histogram per
   * request cost those reads a quarter of their throughput (bench/public-schedule).
   */
  countHot(method: string, route: string, status: number): void {
    this.requests.inc({ method, route, status: String(status) });
  }

  /** Counts and times every other request, by its route pattern. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const route = req.route ? `${req.baseUrl}${req.route.path}` : OTHER;
        this.requests.inc({ method: req.method, route, status: String(res.statusCode) });
        this.latency.observe({ method: req.method, route }, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    };
  }
}
