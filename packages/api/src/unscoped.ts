import type { Db, WorkflowRun } from "@commerce/db";
import { toTenant, type Tenant } from "./domains/company/tenant";

// The only module that reads or writes through the unscoped database client. Every function
// here says why it can't use a request's company-scoped client; everything else gets a
// ServiceContext whose `db` is scoped to the caller's company, shop or customer.

/** The sweep looks across every company for runs whose holder died: it acts before it knows a company. */
export function staleWorkflowRuns(db: Db, limit: number, graceMs = 5_000): Promise<WorkflowRun[]> {
  // A run given up a moment ago (a provider outage) gets a few seconds for its own client to retry.
  return db.workflowRun.findMany({
    where: { status: { in: ["RUNNING", "COMPENSATING"] }, leaseUntil: { lt: new Date(Date.now() - graceMs) } },
    orderBy: { leaseUntil: "asc" },
    take: limit,
  });
}

/** A company by id for platform work (the sweep, a worker's event): finding the tenant is what comes before scoping. */
export async function tenantById(db: Db, companyId: string): Promise<Tenant | null> {
  const company = await db.company.findUnique({ where: { id: companyId } });
  return company?.active ? toTenant(company) : null;
}
