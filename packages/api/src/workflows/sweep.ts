import type { Platform } from "../context";
import { createServiceContext, withTenant } from "../context";
import { staleWorkflowRuns, tenantById } from "../unscoped";
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
  for (const run of await staleWorkflowRuns(platform.db, options.limit ?? 20)) {
    const wf = registry.get(run.workflow);
    const tenant = await tenantById(platform.db, run.companyId);
    const base = createServiceContext(platform, options.requestId ?? run.requestId ?? undefined);
    if (!wf || !tenant) {
      base.log.error("stale workflow run has no definition or company", { runId: run.id, workflow: run.workflow });
      continue;
    }
    const result = await recoverRun(withTenant(base, tenant), wf, run);
    if (result !== "busy") outcome[result]++;
  }
  return outcome;
}
