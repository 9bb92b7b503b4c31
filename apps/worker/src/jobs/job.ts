import type { Platform } from "@commerce/api";
import type { Logger } from "@commerce/core/logger";

export interface JobContext {
  /** The worker's shared handles: a job works across companies (e.g. sweeping stale runs), scoping itself per company. */
  platform: Platform;
  log: Logger;
  /** Aborted on shutdown: a long run should stop at the next safe point. */
  signal: AbortSignal;
}

/**
 * Work the worker repeats on a timer. Every worker process runs every job, so a run must be safe
 * beside another process's run (claim rows with FOR UPDATE SKIP LOCKED or a lease).
 */
export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(ctx: JobContext): Promise<void>;
}

export interface RunningJobs {
  stop(): Promise<void>;
}

/** Runs each job every `everyMs` after its previous run ends (never two runs of one job at once in a process). */
export function startJobs(jobs: readonly PeriodicJob[], platform: Platform, log: Logger): RunningJobs {
  const abort = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const schedule = (job: PeriodicJob) => {
    if (abort.signal.aborted) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const jlog = log.child({ job: job.name });
      const run = job
        .run({ platform, log: jlog, signal: abort.signal })
        .catch((error: unknown) => jlog.error("job run failed, will run again", { error }))
        .finally(() => {
          running.delete(run);
          schedule(job);
        });
      running.add(run);
    }, job.everyMs);
    timers.add(timer);
  };
  for (const job of jobs) schedule(job);

  return {
    async stop() {
      abort.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(running);
    },
  };
}
