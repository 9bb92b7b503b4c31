import { describe, expect, it } from "vitest";
import { Prisma } from "@commerce/db";
import { modelRegistry } from "./model-registry";
import { tenantFilters } from "./tenancy";

describe("the model registry", () => {
  it("has an entry for every Prisma model, and none for a model that no longer exists", () => {
    expect(Object.keys(modelRegistry).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("gives tenancy a filter for every model a company owns, and none for platform plumbing", () => {
    const owned = Object.entries(modelRegistry)
      .filter(([, rules]) => rules.scope !== "platform")
      .map(([model]) => model);
    expect(Object.keys(tenantFilters).sort()).toEqual(owned.sort());
  });
});
