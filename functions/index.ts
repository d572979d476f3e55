/** Entry point of the Function App (package.json "main"): registers every function. */
// First, so that Node's compile cache covers every module loaded after it (functions/compile-cache.ts).
import { enableCompileCache } from "./compile-cache";
enableCompileCache();
import { app } from "@azure/functions";
import { HTTP_FUNCTIONS, TIMER_FUNCTIONS } from "./registrations";

app.setup({ enableHttpStream: false });
for (const fn of HTTP_FUNCTIONS) {
  app.http(fn.name, { route: fn.route, methods: fn.methods, authLevel: "anonymous", handler: fn.handler });
}
for (const fn of TIMER_FUNCTIONS) app.timer(fn.name, { schedule: fn.schedule, handler: fn.handler });
