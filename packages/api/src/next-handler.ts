import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { randomUUID } from "node:crypto";
import { createServiceContext } from "./context";
import { platform } from "./platform";
import { appRouter } from "./root";

/** The route handler each Next app mounts at /api/trpc/[trpc]. */
export function trpcRouteHandler(app: string) {
  const handler = (req: Request) => {
    const requestId = req.headers.get("x-request-id") ?? randomUUID();
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: () => {
        const ctx = createServiceContext(platform(), requestId);
        return { ...ctx, log: ctx.log.child({ app }) };
      },
      responseMeta: () => ({ headers: new Headers({ "x-request-id": requestId }) }),
    });
  };
  return { GET: handler, POST: handler };
}
