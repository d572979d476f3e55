/**
 * The files the app upload contains: everything in the repository that `.funcignore` lets
 * through. azd (remoteBuild), `npm run package:app` and the tests read the same rules, so the
 * remote build always gets what it compiles.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ignore, { type Ignore } from "ignore";

export const FUNCIGNORE_FILE = ".funcignore";

export function funcIgnoreRules(root: string): Ignore {
  return ignore().add(fs.readFileSync(path.join(root, FUNCIGNORE_FILE), "utf8"));
}

/** Repository-relative paths (with "/") of the files to upload, sorted. */
export function appSourceFiles(root: string, rules: Ignore = funcIgnoreRules(root)): string[] {
  const files: string[] = [];
  const walk = (relativeDir: string) => {
    for (const entry of fs.readdirSync(path.join(root, relativeDir), { withFileTypes: true })) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // Skipping an ignored folder here also keeps node_modules from being walked at all.
        if (!rules.ignores(`${relative}/`)) walk(relative);
      } else if (entry.isFile() && !rules.ignores(relative)) files.push(relative);
    }
  };
  walk("");
  return files.sort();
}
