/** Entry point of the Function App (package.json "main" names its bundle, dist/bundle/index.js). */
import { enableCompileCache } from "./compile-cache";

// First, so that Node's compile cache covers the app (functions/compile-cache.ts). A require runs
// where it stands (an import would run before this line), and the bundle keeps it a separate file.
enableCompileCache();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would be hoisted above enableCompileCache()
import functionApp = require("./function-app");
export = functionApp;
