import { nextAuthRouteHandler } from "@commerce/api/next-auth";

export const dynamic = "force-dynamic";

export const { GET, POST } = nextAuthRouteHandler("pos");
