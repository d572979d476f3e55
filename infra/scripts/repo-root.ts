/** Finds the repository root, so the scripts work both from source (tests) and from dist/. */
import * as fs from "node:fs";
import * as path from "node:path";

const PACKAGE_NAME = "lqw-reflect";

/** Walks up from this script (source or dist/), then from the working directory. */
export function findRepoRoot(startDirs: readonly string[] = [__dirname, process.cwd()]): string {
  for (const start of startDirs) {
    const root = searchUpwards(path.resolve(start));
    if (root) return root;
  }
  throw new Error(`No package.json named "${PACKAGE_NAME}" above ${startDirs.join(" or ")}`);
}

function searchUpwards(dir: string): string | undefined {
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readPackageName(file: string): string | undefined {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  return typeof parsed === "object" && parsed !== null && "name" in parsed && typeof parsed.name === "string"
    ? parsed.name
    : undefined;
}
