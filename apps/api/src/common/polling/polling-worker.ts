/**
 * A table of work rows that any number of processes poll: the mail outbox, webhook deliveries. Its
 * repository claims due rows for one worker (SELECT … FOR UPDATE SKIP LOCKED and an UPDATE pushing
 * next_attempt_at out by the lease, in one statement: a row another process is claiming is skipped,
 * and the lease keeps other pollers away while this one works), and hands back what it will not do.
 */
export interface LeasedQueue<T extends { id: string }> {
  /** Claims up to `limit` due rows for `leaseMs`; a worker that dies leaves them due again once the lease runs out. */
  claimDue(limit: number, leaseMs: number): Promise<T[]>;
  /** Hands claimed rows back, due again now (a worker stopping before it got to them). */
  release(ids: string[]): Promise<void>;
}

/**
 * When a failed row is tried again: after baseMs × 2^(failures so far), at most maxMs; the
 * maxAttempts-th failure gives up. The repositories apply it in SQL when they record a failure.
 */
export interface RetryBackoff {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/** The backoff of a worker's options (MailOptions, WebhookOptions). */
export function retryBackoff(options: { retryBaseMs: number; retryMaxMs: number; maxAttempts: number }): RetryBackoff {
  return { baseMs: options.retryBaseMs, maxMs: options.retryMaxMs, maxAttempts: options.maxAttempts };
}

/** Whether the failure of a row tried `attempts` times before is its last one. */
export function isLastAttempt(attempts: number, backoff: RetryBackoff): boolean {
  return attempts + 1 >= backoff.maxAttempts;
}

export interface PollingWorkerOptions<T extends { id: string }> {
  /** Names the work in the log: '<name> poll failed: …'. */
  name: string;
  logger: { warn(message: string): void };
  queue: LeasedQueue<T>;
  /**
   * Does one claimed row and records the outcome (done, or a failed attempt with its backoff). A
   * throw ends the round: the rest of its batch is left to the lease, and the next round comes after
   * pollMs.
   */
  deliver(item: T): Promise<void>;
  /** Rows claimed per round. */
  batchSize: number;
  /** How long a claimed row is left to this worker: longer than the worst round. */
  leaseMs: number;
  /** Pause between rounds when the last one was not full (or failed). */
  pollMs: number;
}

/**
 * The polling loop both background senders share (OutboxWorker, WebhookWorker): each round claims a
 * batch from a LeasedQueue and delivers its rows one by one. A full batch means more may be due, so
 * the next round starts at once; otherwise, or when a round throws (it is logged, e.g. the database
 * is unreachable), the next one comes pollMs later. The retries of a single row are the queue's
 * (RetryBackoff, recorded by `deliver`), not the loop's.
 *
 * stop() ends polling for good: no new round starts, the round running finishes the row it is at,
 * hands the rest of its batch back (so the next process need not wait out their lease), and stop()
 * resolves once it has. The timer does not keep the process alive.
 */
export class PollingWorker<T extends { id: string }> {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: PollingWorkerOptions<T>) {}

  /** True once stop() was called: a worker is not started again. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Starts polling at once; does nothing when already polling or stopped. */
  start(): void {
    if (this.stopped || this.timer || this.inFlight) return;
    this.schedule(0);
  }

  /** Stops polling and waits for the round running, if any (its undelivered rows are handed back). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  /**
   * One round: claims a batch and delivers it; returns how many rows it claimed. The timer calls it;
   * tests may too. Throws what claiming or delivering throws.
   */
  async runRound(): Promise<number> {
    const { queue, batchSize, leaseMs, deliver } = this.options;
    const claimed = await queue.claimDue(batchSize, leaseMs);
    for (const [i, item] of claimed.entries()) {
      if (this.stopped) {
        // Shutting down: the rest need not wait out their lease to be done by whoever runs next.
        await queue.release(claimed.slice(i).map((c) => c.id));
        break;
      }
      await deliver(item);
    }
    return claimed.length;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.inFlight = this.poll().finally(() => {
        this.inFlight = null;
      });
    }, delayMs);
    // The HTTP server keeps the process alive; a pending poll alone should not.
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    let full = false;
    try {
      full = (await this.runRound()) === this.options.batchSize;
    } catch (e) {
      this.options.logger.warn(`${this.options.name} poll failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    // A full batch means more may be due: go on at once instead of waiting a whole poll interval.
    this.schedule(full ? 0 : this.options.pollMs);
  }
}
