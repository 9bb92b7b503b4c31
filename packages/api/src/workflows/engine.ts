import { randomUUID } from "node:crypto";
import { Prisma, uniqueViolation, type Tx, type WorkflowRun } from "@commerce/db";
import { DomainError, isDomainError, type DomainErrorCode } from "@commerce/core/errors";
import { tenantOf, type ServiceContext } from "../service-context";

// Cross-domain work runs here, on the server, as a workflow: steps run in order, each step's
// outcome is committed to its workflow_run row, and a step that is refused turns the run back,
// compensating the steps already done in reverse. A run a crash left half-way is resumed or
// compensated by the worker's sweep (sweep.ts); the lease and its fencing number make sure two
// processes never drive the same run at once.

type Results = Record<string, unknown>;

/** What a step gets: the caller's context, a transaction (the client itself for external steps), and what ran before it. */
export interface StepCall<I, R extends Results> {
  ctx: ServiceContext;
  tx: Tx;
  input: I;
  results: R;
  /** An idempotency key of this run's own for an outside call ("<run>:<what>"), stable across retries. */
  key(what: string): string;
}

export interface StepDefinition<I, R extends Results, O> {
  /**
   * A step that calls outside the database (the card provider) is not run in a transaction: it
   * must be idempotent by itself, with a key from `call.key()`. Every other step commits its
   * writes together with its recorded outcome, so it happens once.
   */
  external?: boolean;
  invoke(call: StepCall<I, R>): Promise<O>;
  compensate?(call: StepCall<I, R>, output: O): Promise<void>;
  /** After a crash, whether the sweep carries this step out ("resume", the default) or turns the run back. */
  onStale?(call: StepCall<I, R>): Promise<"resume" | "compensate">;
}

interface StepEntry {
  name: string;
  definition: StepDefinition<unknown, Results, unknown>;
}

export interface Workflow<I, R extends Results, Out> {
  name: string;
  steps: StepEntry[];
  /** The run's identity from its input, who started it and their key: the same request finds the same run. */
  runKey(input: I, startedBy: string, key: string): string;
  /** The answer, from the committed results (also for a retry that finds the run finished). */
  finish(ctx: ServiceContext, input: I, results: R): Promise<Out>;
}

class WorkflowBuilder<I, R extends Results> {
  constructor(
    private readonly name: string,
    private readonly steps: StepEntry[],
    private readonly keyOf: (input: I, startedBy: string, key: string) => string,
  ) {}

  step<N extends string, O>(name: N, definition: StepDefinition<I, R, O>): WorkflowBuilder<I, R & { [K in N]: O }> {
    return new WorkflowBuilder(
      this.name,
      [...this.steps, { name, definition: definition as unknown as StepDefinition<unknown, Results, unknown> }],
      this.keyOf,
    );
  }

  /** Scopes run keys, e.g. a payment key per order rather than per person. */
  keyedBy(keyOf: (input: I, startedBy: string, key: string) => string): WorkflowBuilder<I, R> {
    return new WorkflowBuilder(this.name, this.steps, keyOf);
  }

  finish<Out>(finish: (ctx: ServiceContext, input: I, results: R) => Promise<Out>): Workflow<I, R, Out> {
    return { name: this.name, steps: this.steps, runKey: this.keyOf, finish };
  }
}

export function workflow<I>(name: string): WorkflowBuilder<I, Record<never, never>> {
  return new WorkflowBuilder<I, Record<never, never>>(name, [], (_input, startedBy, key) => `${startedBy}:${key}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds workflows of every shape
export type AnyWorkflow = Workflow<any, any, any>;

interface StepRecord {
  name: string;
  status: "done" | "compensated";
  output: unknown;
  at: string;
}
interface StoredError {
  code: DomainErrorCode | "INTERNAL";
  message: string;
  details: Record<string, unknown>;
}

const leaseMs = 30_000;
/** How long a second caller with the same key waits for the first to finish. */
const waitForOtherMs = 15_000;
/** Sweeps that may fail to finish a run before it is turned back (or, compensating, left for a person). */
export const maxAttempts = 5;

/** Provider outages and a saturated platform pass: the run stays where it is for a retry or the sweep. */
const transientCodes = new Set<string>(["PROVIDER_UNAVAILABLE", "BUSY", "RATE_LIMITED"]);
const isTransient = (error: unknown) => !isDomainError(error) || transientCodes.has(error.code);

const json = (value: unknown) => (value === undefined ? Prisma.JsonNull : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));
const leaseFromNow = () => new Date(Date.now() + leaseMs);
const stepsOf = (run: WorkflowRun) => run.steps as unknown as StepRecord[];
const resultsOf = (run: WorkflowRun): Results => Object.fromEntries(stepsOf(run).map((s) => [s.name, s.output]));

function storedError(error: unknown): StoredError {
  if (isDomainError(error)) return { code: error.code, message: error.message, details: error.details };
  return { code: "INTERNAL", message: "The request could not be finished", details: {} };
}
function errorFrom(run: WorkflowRun): Error {
  const stored = run.error as StoredError | null;
  if (!stored || stored.code === "INTERNAL") return new DomainError("CONFLICT", stored?.message ?? "This request was turned back");
  return new DomainError(stored.code, stored.message, stored.details);
}

/** A run held by this process, under the fencing number it was claimed with. */
interface Held {
  run: WorkflowRun;
  fence: number;
}

/**
 * Starts a workflow, or finds the run the same key started: finished, it answers as it did;
 * in progress elsewhere, it waits for it; abandoned (lease expired), it takes it over.
 */
export async function runWorkflow<I, R extends Results, Out>(ctx: ServiceContext, wf: Workflow<I, R, Out>, input: I, key: string = randomUUID()): Promise<Out> {
  const company = tenantOf(ctx);
  const runKey = `${wf.name}:${wf.runKey(input, ctx.actor?.userId ?? "visitor", key)}`;
  let held: Held | null = null;
  let run = await ctx.db.workflowRun.findFirst({ where: { runKey } });
  if (!run) {
    try {
      run = await ctx.db.workflowRun.create({
        data: {
          companyId: company.id,
          workflow: wf.name,
          runKey,
          startedById: ctx.actor?.userId ?? null,
          input: json(input),
          requestId: ctx.requestId,
          leaseUntil: leaseFromNow(),
          attempts: 1,
        },
      });
      held = { run, fence: 1 };
    } catch (error) {
      if (!uniqueViolation(error)) throw error;
      run = await ctx.db.workflowRun.findFirstOrThrow({ where: { runKey } });
    }
  }
  held ??= await claimOrWait(ctx, run);
  if (!held) return answer(ctx, wf, await ctx.db.workflowRun.findUniqueOrThrow({ where: { id: run.id } }));
  return drive(ctx, wf, held);
}

/** Takes over a run nobody holds; otherwise waits until its holder finishes it (null: finished). */
async function claimOrWait(ctx: ServiceContext, run: WorkflowRun): Promise<Held | null> {
  const deadline = Date.now() + waitForOtherMs;
  for (let current = run; ;) {
    if (current.status !== "RUNNING" && current.status !== "COMPENSATING") return null;
    const claimed = await claim(ctx, current);
    if (claimed) return claimed;
    if (Date.now() > deadline) throw new DomainError("CONFLICT", "This request is still being processed; try again in a moment");
    await new Promise((resolve) => setTimeout(resolve, 100));
    current = await ctx.db.workflowRun.findUniqueOrThrow({ where: { id: run.id } });
  }
}

/** Claims an unfinished run whose lease has expired; the raised attempt number fences out its last holder. */
export async function claim(ctx: ServiceContext, run: WorkflowRun): Promise<Held | null> {
  const fence = run.attempts + 1;
  const { count } = await ctx.db.workflowRun.updateMany({
    where: { id: run.id, attempts: run.attempts, status: { in: ["RUNNING", "COMPENSATING"] }, leaseUntil: { lt: new Date() } },
    data: { attempts: fence, leaseUntil: leaseFromNow() },
  });
  if (count === 0) return null;
  return { run: await ctx.db.workflowRun.findUniqueOrThrow({ where: { id: run.id } }), fence };
}

/** Writes the run's new state if this process still holds it; otherwise the transaction rolls back. */
async function save(tx: Tx, held: Held, data: Prisma.WorkflowRunUpdateManyMutationInput): Promise<void> {
  const { count } = await tx.workflowRun.updateMany({ where: { id: held.run.id, attempts: held.fence }, data: { ...data, leaseUntil: leaseFromNow() } });
  if (count === 0) throw new DomainError("CONFLICT", "This request was taken over by another process; try again in a moment");
}

function callFor<I>(ctx: ServiceContext, tx: Tx, held: Held, results: Results): StepCall<I, Results> {
  return { ctx, tx, input: held.run.input as I, results, key: (what) => `wf:${held.run.id}:${what}` };
}

/** Carries a held run forward from its first unfinished step; turns it back if a step is refused. */
export async function drive<I, R extends Results, Out>(ctx: ServiceContext, wf: Workflow<I, R, Out>, held: Held): Promise<Out> {
  if (held.run.status === "COMPENSATING") return turnBack(ctx, wf, held, errorFrom(held.run));
  const records = [...stepsOf(held.run)];
  for (let index = records.length; index < wf.steps.length; index++) {
    const { name, definition } = wf.steps[index]!;
    const last = index === wf.steps.length - 1;
    const results = Object.fromEntries(records.map((s) => [s.name, s.output]));
    const commit = async (tx: Tx, output: unknown) => {
      records.push({ name, status: "done", output: output ?? null, at: new Date().toISOString() });
      await save(tx, held, { steps: json(records), ...(last ? { status: "SUCCEEDED" } : {}) });
    };
    try {
      if (definition.external) {
        await commit(ctx.db, await definition.invoke(callFor(ctx, ctx.db, held, results)));
      } else {
        await ctx.db.$transaction(async (tx) => commit(tx, await definition.invoke(callFor(ctx, tx, held, results))));
      }
    } catch (error) {
      if (records.length > index) records.pop();
      if (isTransient(error)) {
        // Left where it is: a retry with the same key, or the sweep, picks it up.
        await release(ctx, held);
        throw error;
      }
      return turnBack(ctx, wf, { ...held, run: { ...held.run, steps: json(records) as never } }, error);
    }
  }
  ctx.log.info("workflow finished", { workflow: wf.name, runId: held.run.id });
  return wf.finish(ctx, held.run.input as I, Object.fromEntries(records.map((s) => [s.name, s.output])) as R);
}

/**
 * Compensates the steps done, last first, then fails with the error that turned the run back.
 * A compensation that fails leaves the run COMPENSATING for the sweep to finish.
 */
async function turnBack(ctx: ServiceContext, wf: AnyWorkflow, held: Held, cause: unknown): Promise<never> {
  const records = [...stepsOf(held.run)];
  await save(ctx.db, held, { status: "COMPENSATING", error: json(storedError(cause)) });
  ctx.log.info("workflow turning back", { workflow: wf.name, runId: held.run.id, cause: storedError(cause).message });
  for (let index = records.length - 1; index >= 0; index--) {
    const record = records[index]!;
    const definition = wf.steps.find((s) => s.name === record.name)?.definition;
    if (record.status !== "done" || !definition?.compensate) continue;
    const results = Object.fromEntries(records.slice(0, index).map((s) => [s.name, s.output]));
    const mark = async (tx: Tx) => {
      records[index] = { ...record, status: "compensated", at: new Date().toISOString() };
      await save(tx, held, { steps: json(records) });
    };
    try {
      if (definition.external) {
        await definition.compensate(callFor(ctx, ctx.db, held, results), record.output);
        await mark(ctx.db);
      } else {
        await ctx.db.$transaction(async (tx) => {
          await definition.compensate!(callFor(ctx, tx, held, results), record.output);
          await mark(tx);
        });
      }
    } catch (error) {
      ctx.log.error("workflow compensation failed; the sweep will retry it", { workflow: wf.name, runId: held.run.id, step: record.name, error });
      await release(ctx, held).catch(() => undefined);
      throw cause;
    }
  }
  await save(ctx.db, held, { status: "COMPENSATED" });
  throw cause instanceof Error ? cause : new DomainError("CONFLICT", storedError(cause).message);
}

/** Gives the lease up at once, so a retry need not wait for it to run out. */
async function release(ctx: ServiceContext, held: Held): Promise<void> {
  await ctx.db.workflowRun.updateMany({ where: { id: held.run.id, attempts: held.fence }, data: { leaseUntil: new Date() } });
}

async function answer<I, R extends Results, Out>(ctx: ServiceContext, wf: Workflow<I, R, Out>, run: WorkflowRun): Promise<Out> {
  if (run.status === "SUCCEEDED") return wf.finish(ctx, run.input as I, resultsOf(run) as R);
  throw errorFrom(run);
}

/**
 * The sweep's part for one stale run (lease expired, unfinished): takes it over and carries it
 * forward, unless its next step says a late run should be undone, or it has been tried too often.
 */
export async function recoverRun(ctx: ServiceContext, wf: AnyWorkflow, run: WorkflowRun): Promise<"resumed" | "compensated" | "failed" | "busy"> {
  const held = await claim(ctx, run);
  if (!held) return "busy";
  try {
    if (held.run.status === "COMPENSATING") {
      if (held.fence > maxAttempts * 2) {
        await save(ctx.db, held, { status: "FAILED" });
        ctx.log.error("workflow compensation given up; needs a person", { workflow: wf.name, runId: run.id });
        return "failed";
      }
      await turnBack(ctx, wf, held, errorFrom(held.run)).catch(() => undefined);
      return "compensated";
    }
    const next = wf.steps[stepsOf(held.run).length];
    const call = callFor(ctx, ctx.db, held, resultsOf(held.run));
    const late = held.fence > maxAttempts || (next?.definition.onStale ? (await next.definition.onStale(call)) === "compensate" : false);
    if (late) {
      await turnBack(ctx, wf, held, new DomainError("CONFLICT", "The request was interrupted and has been undone")).catch(() => undefined);
      return "compensated";
    }
    await drive(ctx, wf, held).catch(() => undefined);
    return "resumed";
  } catch (error) {
    ctx.log.error("workflow recovery failed", { workflow: wf.name, runId: run.id, error });
    return "busy";
  }
}
