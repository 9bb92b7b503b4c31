import { sweepStaleRuns } from "@commerce/api";
import type { PeriodicJob } from "./job";

/**
 * Workflow runs whose holder died mid-way (a crashed app or worker: the lease ran out) are
 * carried forward or undone. Every worker process sweeps; a run is claimed under a fenced
 * lease, so each is recovered by one of them.
 */
export const workflowSweep: PeriodicJob = {
  name: "workflow-sweep",
  everyMs: 5_000,
  async run({ platform, log }) {
    const outcome = await sweepStaleRuns(platform);
    if (outcome.resumed || outcome.compensated || outcome.failed) log.info("stale workflow runs recovered", { ...outcome });
  },
};
