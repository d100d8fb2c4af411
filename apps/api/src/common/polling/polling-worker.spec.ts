import { isLastAttempt, PollingWorker, retryBackoff, type LeasedQueue } from './polling-worker';

// The loop alone, on an in-memory queue and jest's fake clock. The SQL behind LeasedQueue (SKIP
// LOCKED, leases, backoff across processes) is tested on PostgreSQL with the real workers
// (mail/outbox-workers.int.spec.ts, publishing/webhooks/webhook-workers.int.spec.ts).

interface Item {
  id: string;
}

class MemoryQueue implements LeasedQueue<Item> {
  readonly claims: number[] = [];
  readonly released: string[][] = [];
  failures: Error[] = [];
  /** When set, claimDue waits for it (a slow database). */
  claimGate: Promise<void> | null = null;

  constructor(public due: Item[] = []) {}

  async claimDue(limit: number): Promise<Item[]> {
    this.claims.push(limit);
    if (this.claimGate) await this.claimGate;
    const failure = this.failures.shift();
    if (failure) throw failure;
    return this.due.splice(0, limit);
  }

  async release(ids: string[]): Promise<void> {
    this.released.push(ids);
  }
}

const items = (n: number, prefix = 'i'): Item[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const POLL_MS = 1_000;

function workerOn(queue: MemoryQueue, deliver: (item: Item) => Promise<void> = async () => undefined) {
  const warnings: string[] = [];
  const delivered: string[] = [];
  const worker = new PollingWorker<Item>({
    name: 'test',
    logger: { warn: (m) => warnings.push(m) },
    queue,
    deliver: async (item) => {
      await deliver(item);
      delivered.push(item.id);
    },
    batchSize: 10,
    leaseMs: 60_000,
    pollMs: POLL_MS,
  });
  return { worker, warnings, delivered };
}

describe('PollingWorker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('polls at once, goes on at once after a full batch, and waits pollMs after one that was not full', async () => {
    const queue = new MemoryQueue(items(25));
    const { worker, delivered } = workerOn(queue);
    worker.start();
    // Each full round schedules the next with no delay (the fake clock counts a 0 ms timer set while
    // timers run as 1 ms): far less than pollMs.
    await jest.advanceTimersByTimeAsync(10);
    expect(queue.claims).toEqual([10, 10, 10]);
    expect(delivered).toEqual(items(25).map((i) => i.id));
    queue.due.push(...items(3, 'late'));
    await jest.advanceTimersByTimeAsync(POLL_MS - 20);
    expect(queue.claims).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(20);
    expect(queue.claims).toHaveLength(4);
    expect(delivered).toHaveLength(28);
    // Nothing due: one claim per poll interval.
    await jest.advanceTimersByTimeAsync(3 * POLL_MS);
    expect(queue.claims).toHaveLength(7);
    await worker.stop();
  });

  it('backs off after a failing round: logs it, tries again pollMs later (not at once), and goes on polling', async () => {
    const queue = new MemoryQueue(items(2));
    queue.failures = [new Error('connection refused'), new Error('still refused')];
    const { worker, warnings, delivered } = workerOn(queue);
    worker.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(queue.claims).toHaveLength(1);
    expect(warnings).toEqual(['test poll failed: connection refused']);
    await jest.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(queue.claims).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(queue.claims).toHaveLength(2);
    expect(warnings).toEqual(['test poll failed: connection refused', 'test poll failed: still refused']);
    await jest.advanceTimersByTimeAsync(POLL_MS);
    expect(delivered).toEqual(['i0', 'i1']);
    await worker.stop();
  });

  it('a delivery that throws ends its round: the rest of the batch stays leased (not handed back), and polling goes on', async () => {
    const queue = new MemoryQueue(items(4));
    const { worker, warnings, delivered } = workerOn(queue, async (item) => {
      if (item.id === 'i1') throw new Error('database gone while recording');
    });
    worker.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual(['i0']);
    expect(queue.released).toEqual([]);
    expect(warnings).toEqual(['test poll failed: database gone while recording']);
    await jest.advanceTimersByTimeAsync(POLL_MS);
    expect(queue.claims).toHaveLength(2);
    await worker.stop();
  });

  it('stop() during a round finishes the item being delivered, hands the rest back, resolves after that, and polls no more', async () => {
    const queue = new MemoryQueue(items(5));
    const first = deferred();
    const { worker, delivered } = workerOn(queue, (item) => (item.id === 'i0' ? first.promise : Promise.resolve()));
    worker.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(queue.claims).toHaveLength(1);

    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false); // still waiting for i0
    expect(worker.isStopped).toBe(true);

    first.resolve();
    await stopping;
    expect(delivered).toEqual(['i0']);
    expect(queue.released).toEqual([['i1', 'i2', 'i3', 'i4']]);

    await jest.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(queue.claims).toHaveLength(1);
    worker.start(); // a stopped worker is not started again
    await jest.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(queue.claims).toHaveLength(1);
  });

  it('stop() while a batch is being claimed hands the whole batch back, delivering none of it', async () => {
    const queue = new MemoryQueue(items(3));
    const gate = deferred();
    queue.claimGate = gate.promise;
    const { worker, delivered } = workerOn(queue);
    worker.start();
    await jest.advanceTimersByTimeAsync(0);
    const stopping = worker.stop();
    gate.resolve();
    await stopping;
    expect(delivered).toEqual([]);
    expect(queue.released).toEqual([['i0', 'i1', 'i2']]);
  });

  it('stop() between rounds cancels the pending one; stop() before start() keeps it from ever polling', async () => {
    const queue = new MemoryQueue();
    const { worker } = workerOn(queue);
    worker.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(queue.claims).toHaveLength(1);
    await worker.stop();
    await jest.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(queue.claims).toHaveLength(1);

    const never = new MemoryQueue(items(1));
    const { worker: unstarted } = workerOn(never);
    await unstarted.stop();
    unstarted.start();
    await jest.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(never.claims).toEqual([]);
  });

  it('start() twice still runs one loop', async () => {
    const queue = new MemoryQueue();
    const { worker } = workerOn(queue);
    worker.start();
    worker.start();
    await jest.advanceTimersByTimeAsync(0);
    worker.start(); // while waiting for the next poll
    await jest.advanceTimersByTimeAsync(POLL_MS);
    expect(queue.claims).toHaveLength(2);
    await worker.stop();
  });

  it('runRound() claims and delivers one batch without the timer, and says how many it claimed', async () => {
    const queue = new MemoryQueue(items(12));
    const { worker, delivered } = workerOn(queue);
    await expect(worker.runRound()).resolves.toBe(10);
    await expect(worker.runRound()).resolves.toBe(2);
    expect(delivered).toHaveLength(12);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('retry backoff', () => {
  it('is read from the options, and the maxAttempts-th failure is the last', () => {
    const backoff = retryBackoff({ retryBaseMs: 10, retryMaxMs: 100, maxAttempts: 3 });
    expect(backoff).toEqual({ baseMs: 10, maxMs: 100, maxAttempts: 3 });
    expect([0, 1, 2, 3].map((attempts) => isLastAttempt(attempts, backoff))).toEqual([false, false, true, true]);
  });
});
