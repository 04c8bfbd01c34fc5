// Who may open a socket when: at most N connections at once per target address across all requests of
// this process (SPEC §6: 2), and at most M sockets at once per request (SPEC §6: 16).
// The next queued probe whose target has a free slot starts as soon as a socket frees up.
import "server-only";

/** Shared by every request of the process; one per process unless a test passes its own. */
export class TargetSlots {
  private readonly open = new Map<string, number>();
  private readonly waiting = new Set<() => void>();

  constructor(readonly perTarget: number) {}

  tryAcquire(ip: string): boolean {
    const count = this.open.get(ip) ?? 0;
    if (count >= this.perTarget) return false;
    this.open.set(ip, count + 1);
    return true;
  }

  release(ip: string) {
    const count = (this.open.get(ip) ?? 1) - 1;
    if (count <= 0) this.open.delete(ip);
    else this.open.set(ip, count);
    for (const wake of [...this.waiting]) wake();
  }

  onRelease(wake: () => void): () => void {
    this.waiting.add(wake);
    return () => this.waiting.delete(wake);
  }

  inUse(ip: string): number {
    return this.open.get(ip) ?? 0;
  }
}

export type SkipReason = "not-started" | "host-silent";
type Job = { ip: string; priority: number; run: () => Promise<void>; skip: (reason: SkipReason) => void };

export class ProbeQueue {
  private readonly jobs: Job[] = [];
  private readonly paused = new Set<string>();
  private running = 0;
  private closed = false;
  private idle: (() => void)[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly slots: TargetSlots,
    private readonly socketsPerRequest: number,
  ) {
    this.unsubscribe = slots.onRelease(() => this.pump());
  }

  /**
   * Queues a probe (lower priority numbers start first); `skip` is called instead of `run` when the
   * request ends before the probe could start.
   */
  add(ip: string, priority: number, run: () => Promise<void>, skip: (reason: SkipReason) => void) {
    if (this.closed) return skip("not-started");
    const at = this.jobs.findIndex((job) => job.priority > priority);
    this.jobs.splice(at < 0 ? this.jobs.length : at, 0, { ip, priority, run, skip });
    this.pump();
  }

  private pump() {
    while (!this.closed && this.running < this.socketsPerRequest) {
      const index = this.jobs.findIndex((job) => !this.paused.has(job.ip) && this.slots.tryAcquire(job.ip));
      if (index < 0) return;
      const [job] = this.jobs.splice(index, 1);
      if (!job) return;
      this.running += 1;
      void job.run().finally(() => {
        this.running -= 1;
        this.slots.release(job.ip);
        this.pump();
        if (this.running === 0 && this.jobs.length === 0) for (const wake of this.idle.splice(0)) wake();
      });
    }
  }

  /** Resolves when nothing is queued or running. */
  drained(): Promise<void> {
    if (this.running === 0 && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Starts nothing more on this address until resume() or skipAddress(). */
  pause(ip: string) {
    this.paused.add(ip);
  }

  resume(ip: string) {
    if (this.paused.delete(ip)) this.pump();
  }

  /** Gives up the queued probes of one address (running ones finish). */
  skipAddress(ip: string, reason: SkipReason) {
    const skipped = this.jobs.filter((job) => job.ip === ip);
    this.jobs.splice(0, this.jobs.length, ...this.jobs.filter((job) => job.ip !== ip));
    this.paused.delete(ip);
    for (const job of skipped) job.skip(reason);
    if (this.running === 0 && this.jobs.length === 0) for (const wake of this.idle.splice(0)) wake();
  }

  /** Ends the queue: jobs that have not started are skipped; resolves when the running ones have ended. */
  close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    for (const job of this.jobs.splice(0)) job.skip("not-started");
    return this.drained();
  }
}
