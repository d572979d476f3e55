/** Entry point of the Function App (package.json "main" names its bundle, dist/bundle/index.js). */
import { loadFunctionApp } from "./code-cache";
import { enableCompileCache } from "./compile-cache";

// First, so that Node's compile cache covers the app (functions/compile-cache.ts). The app's bundle
// is a file of its own beside this one, loaded with its code cache (functions/code-cache.ts).
enableCompileCache();
export = loadFunctionApp(__dirname);
