import { trpcRouteHandler } from "@commerce/api/next";

export const dynamic = "force-dynamic";
export const { GET, POST, OPTIONS } = trpcRouteHandler("web");
