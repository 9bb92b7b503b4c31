import { appProbes } from "@commerce/api/observability";
import { platform } from "@commerce/api/platform";

export const dynamic = "force-dynamic";
export const GET = appProbes("admin", () => platform().db).health;
