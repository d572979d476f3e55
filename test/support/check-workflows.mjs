// Validates GitHub workflow files with GitHub's own parser (@actions/workflow-parser, the one
// behind the Actions language service), which is an ES module: jest runs it in this child process.
// Usage: node check-workflows.mjs <file>...; prints [{ file, errors: [...] }] as JSON.
import { readFileSync } from "node:fs";
import { register } from "node:module";

// The parser imports its schema (a .json file) without `with { type: "json" }`, which Node 20 and 22
// refuse; this load hook serves .json modules as JSON without asking for the attribute.
const jsonHook = `
import { readFile } from "node:fs/promises";
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) return { format: "json", source: await readFile(new URL(url), "utf8"), shortCircuit: true };
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(jsonHook)}`);
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import("@actions/workflow-parser");

const results = [];
for (const file of process.argv.slice(2)) {
  const parsed = parseWorkflow({ name: file, content: readFileSync(file, "utf8") }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length === 0 && parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((error) => error.Message ?? String(error)));
  }
  results.push({ file, errors });
}
process.stdout.write(JSON.stringify(results));
