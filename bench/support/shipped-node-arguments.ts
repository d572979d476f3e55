/**
 * The Node.js arguments the Function App runs with (`languageWorkers__node__arguments`, the
 * default of `nodeWorkerArguments` in infra/main.bicep): the benchmarks start the process they
 * measure with the same ones, so a figure is the deployed app's, heap cap included.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bicepParams, isStringLiteral, stringLiteralValue } from "../../infra/scripts/bicep-text";

/** From bench/support, in the sources and in dist/ alike. */
function mainBicep(): string {
  for (const root of [path.resolve(__dirname, "..", ".."), path.resolve(__dirname, "..", "..", "..")]) {
    const file = path.join(root, "infra", "main.bicep");
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
  }
  throw new Error("infra/main.bicep not found from bench/support");
}

export function shippedNodeArguments(): string[] {
  const param = bicepParams(mainBicep()).find((candidate) => candidate.name === "nodeWorkerArguments");
  const value = param?.defaultValue;
  if (value === undefined || !isStringLiteral(value))
    throw new Error("infra/main.bicep: nodeWorkerArguments has no literal default for the benchmarks to run with");
  return stringLiteralValue(value).split(/\s+/).filter(Boolean);
}
