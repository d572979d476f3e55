/**
 * Writes infra/cosmos-containers.json from bot/store/container-definitions.ts, so the Bicep
 * (`loadJsonContent`) creates exactly the containers the code creates locally.
 * Run after changing a container: `node dist/infra/scripts/generate-cosmos-containers.js`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CONTAINERS, CONTAINER_NAMES } from "../../bot/store/container-definitions";
import { findRepoRoot } from "./repo-root";

export const COSMOS_CONTAINERS_FILE = path.join("infra", "cosmos-containers.json");

/** The file's exact text: containers in the code's order, two-space indent, final newline. */
export function renderCosmosContainersJson(): string {
  const containers = CONTAINER_NAMES.map((name) => {
    const { partitionKeyPath, indexingPolicy, defaultTtl } = CONTAINERS[name];
    return { name, partitionKeyPath, indexingPolicy, defaultTtl };
  });
  return `${JSON.stringify(containers, null, 2)}\n`;
}

function writeCosmosContainersJson(root: string = findRepoRoot()): string {
  const file = path.join(root, COSMOS_CONTAINERS_FILE);
  fs.writeFileSync(file, renderCosmosContainersJson());
  return file;
}

if (require.main === module) {
  process.stdout.write(`Wrote ${writeCosmosContainersJson()}\n`);
}
