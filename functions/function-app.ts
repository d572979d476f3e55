/**
 * The Function App: registers every function with the Functions host. Bundled with everything it
 * loads into dist/bundle/function-app.js (package.json "bundle"); the entry (`index.ts`) loads it.
 * The local host and the cold-start benchmark load the same bundle and use what it exports, so they
 * run the code Azure runs.
 */
import { app } from "@azure/functions";
import { HTTP_FUNCTIONS, TIMER_FUNCTIONS } from "./registrations";

export { HTTP_FUNCTIONS, TIMER_FUNCTIONS } from "./registrations";
export { configureRoot, disposeServices, getServices } from "./composition-root";

app.setup({ enableHttpStream: false });
for (const fn of HTTP_FUNCTIONS) {
  app.http(fn.name, { route: fn.route, methods: fn.methods, authLevel: "anonymous", handler: fn.handler });
}
for (const fn of TIMER_FUNCTIONS) app.timer(fn.name, { schedule: fn.schedule, handler: fn.handler });
