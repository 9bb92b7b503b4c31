import { forTenant } from "../context";
import type { Platform } from "../service-context";
import { unscopedFor } from "../unscoped";
import { recoverRun, type AnyWorkflow } from "./engine";
import { orderWorkflows } from "./order.workflows";

// The worker's sweep: a run whose holder died (its lease ran out, unfinished) is carried forward
// or compensated, in its own company's context, by whichever worker process claims it first.

const registry = new Map<string, AnyWorkflow>(orderWorkflows.map((wf) => [wf.name, wf]));

export interface SweepOutcome {
  resumed: number;
  compensated: number;
  failed: number;
}

export async function sweepStaleRuns(platform: Platform, options: { limit?: number; requestId?: string } = {}): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { resumed: 0, compensated: 0, failed: 0 };
  const unscoped = unscopedFor(platform.db);
  for (const run of await unscoped.staleWorkflowRuns(options.limit ?? 20)) {
    const wf = registry.get(run.workflow);
    const tenant = await unscoped.tenantById(run.companyId);
    if (!wf || !tenant) {
      platform.log.error("stale workflow run has no definition or company", { runId: run.id, workflow: run.workflow });
      continue;
    }
    // The run's own request id, so the recovery's log lines and events join the request that started it.
    const result = await recoverRun(forTenant(platform, tenant, options.requestId ?? run.requestId ?? undefined), wf, run);
    if (result !== "busy") outcome[result]++;
  }
  return outcome;
}
