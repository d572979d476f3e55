/**
 * Golden files: a test compares its output with a committed file. `UPDATE_GOLDEN=1 npx jest …`
 * rewrites the file instead (review the diff before committing); CI never sets it.
 */
import * as fs from "node:fs";

function isUpdatingGoldenFiles(): boolean {
  return process.env.UPDATE_GOLDEN === "1" && process.env.CI !== "true";
}

/** Undefined when equal, else where the first difference is, in a message short enough to read. */
export function compareWithGolden(actual: string, goldenPath: string): string | undefined {
  if (isUpdatingGoldenFiles()) {
    fs.writeFileSync(goldenPath, actual);
    return undefined;
  }
  if (!fs.existsSync(goldenPath))
    return `${goldenPath} is missing: run UPDATE_GOLDEN=1 npx jest <this test> to write it`;
  const expected = fs.readFileSync(goldenPath, "utf8");
  if (expected === actual) return undefined;
  const expectedLines = expected.split("\n");
  const actualLines = actual.split("\n");
  const line = expectedLines.findIndex((text, index) => text !== actualLines[index]);
  const at = line === -1 ? expectedLines.length : line;
  return [
    `differs from ${goldenPath} at line ${at + 1} (golden ${expectedLines.length} lines, output ${actualLines.length}):`,
    `  golden: ${JSON.stringify(expectedLines[at] ?? "<end of file>")}`,
    `  output: ${JSON.stringify(actualLines[at] ?? "<end of file>")}`,
    "If the change is intended, run UPDATE_GOLDEN=1 npx jest <this test> and review the diff.",
  ].join("\n");
}
