-- CreateEnum
CREATE TYPE "WorkflowStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'COMPENSATING', 'COMPENSATED', 'FAILED');



-- CreateTable
CREATE TABLE "workflow_run" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "workflow" TEXT NOT NULL,
    "runKey" TEXT NOT NULL,
    "startedById" UUID,
    "input" JSONB NOT NULL,
    "status" "WorkflowStatus" NOT NULL DEFAULT 'RUNNING',
    "steps" JSONB NOT NULL DEFAULT '[]',
    "error" JSONB,
    "requestId" TEXT,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workflow_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workflow_run_status_leaseUntil_idx" ON "workflow_run"("status", "leaseUntil");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_run_companyId_runKey_key" ON "workflow_run"("companyId", "runKey");

-- AddForeignKey
ALTER TABLE "workflow_run" ADD CONSTRAINT "workflow_run_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

