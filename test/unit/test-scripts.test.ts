import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const scripts = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

/** The test folders a script hands to jest. */
function foldersOf(script: string): string[] {
  return (scripts[script] ?? "").split(" ").filter((word) => word.startsWith("test/"));
}

describe("the test scripts", () => {
  it("split the suite so that test:unit, test:integration and test:e2e together run every folder with tests, each once", () => {
    const withTests = fs
      .readdirSync(path.join(ROOT, "test"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .filter((entry) =>
        fs
          .readdirSync(path.join(ROOT, "test", entry.name), { recursive: true })
          .some((file) => String(file).endsWith(".test.ts")),
      )
      .map((entry) => `test/${entry.name}`)
      .sort();
    const split = ["test:unit", "test:integration", "test:e2e"].flatMap(foldersOf).sort();
    expect(split).toEqual(withTests);
  });

  it("keeps npm test running everything: the type check, the lint, the build and all of jest", () => {
    expect(scripts.test).toBe("npm run typecheck && npm run lint && npm run build && jest");
  });
});
