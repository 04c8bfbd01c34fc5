// The sockets of one request: at most M open at once (SPEC §6: 16). A probe that needs a socket takes a
// ticket; the next one (lowest priority number first) gets its ticket as soon as a socket is given back.
// The limit per address and port across requests is the probe store's lane (probe-store.ts).
import "server-only";

export type SkipReason = "not-started" | "host-silent";
export type Ticket = { release(): void };
type Job = {
  ip: string;
  priority: number;
  grant: (ticket: Ticket) => void;
  skip: (reason: SkipReason) => void;
};

export class ProbeQueue {
  private readonly jobs: Job[] = [];
  private readonly paused = new Set<string>();
  private running = 0;
  private closed = false;

  constructor(private readonly socketsPerRequest: number) {}

  /** Waits for a socket of this request (lower priority numbers first); a reason when it will get none. */
  take(ip: string, priority: number): Promise<Ticket | SkipReason> {
    if (this.closed) return Promise.resolve("not-started");
    return new Promise((grant) => {
      const at = this.jobs.findIndex((job) => job.priority > priority);
      this.jobs.splice(at < 0 ? this.jobs.length : at, 0, { ip, priority, grant, skip: grant });
      this.pump();
    });
  }

  /** Sockets taken and not yet given back. */
  get inUse(): number {
    return this.running;
  }

  private pump() {
    while (!this.closed && this.running < this.socketsPerRequest) {
      const index = this.jobs.findIndex((job) => !this.paused.has(job.ip));
      const [job] = index < 0 ? [] : this.jobs.splice(index, 1);
      if (!job) return;
      this.running += 1;
      let given = false;
      job.grant({
        release: () => {
          if (given) return;
          given = true;
          this.running -= 1;
          this.pump();
        },
      });
    }
  }

  /** Gives no socket to this address until resume() or skipAddress(). */
  pause(ip: string) {
    this.paused.add(ip);
  }

  resume(ip: string) {
    if (this.paused.delete(ip)) this.pump();
  }

  /** Gives up the waiting probes of one address (running ones finish). */
  skipAddress(ip: string, reason: SkipReason) {
    const skipped = this.jobs.filter((job) => job.ip === ip);
    this.jobs.splice(0, this.jobs.length, ...this.jobs.filter((job) => job.ip !== ip));
    this.paused.delete(ip);
    for (const job of skipped) job.skip(reason);
  }

  /** Ends the queue: the probes still waiting get no socket. */
  close() {
    this.closed = true;
    for (const job of this.jobs.splice(0)) job.skip("not-started");
  }
}
