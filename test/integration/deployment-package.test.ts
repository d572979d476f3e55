import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { shippedNodeArguments } from "../../bench/support/shipped-node-arguments";
import { appSourceFiles, funcIgnoreRules } from "../../infra/scripts/app-source-files";

// What azd (remoteBuild) and `npm run package:app` upload, and what the Flex Consumption remote
// build then does with it: npm install, npm run build (tsconfig.build.json), production packages only.
const ROOT = path.resolve(__dirname, "..", "..");
const rules = funcIgnoreRules(ROOT);
const uploaded = new Set(appSourceFiles(ROOT, rules));
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** The program `npm run build` compiles, with every repository file it imports. */
function buildProgramFiles(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.build.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error("tsconfig.build.json could not be read");
  // The upload decides which roots exist remotely: start from the uploaded ones only.
  const roots = parsed.fileNames.filter((file) => uploaded.has(relative(file)));
  const program = ts.createProgram(roots, parsed.options);
  return program
    .getSourceFiles()
    .map((source) => source.fileName)
    .filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`) && !file.includes("/node_modules/"))
    .map(relative);
}

describe("the app upload for the remote build", () => {
  it("leaves out node_modules, dist and everything that is not the app", () => {
    for (const folder of ["node_modules/", "dist/", "test/", "bench/", "docs/", "infra/", ".azure/", ".data/", "env/"])
      expect([folder, rules.ignores(folder)]).toEqual([folder, true]);
    expect([...uploaded].filter((file) => /(^|\/)node_modules\//.test(file))).toEqual([]);
    expect([...uploaded].filter((file) => file.endsWith(".test.ts"))).toEqual([]);
    expect(uploaded.has("local.settings.json")).toBe(false);
  });

  it("keeps what the build and the Functions host need at the package root", () => {
    for (const file of ["host.json", "package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"])
      expect([file, uploaded.has(file)]).toEqual([file, true]);
    const { main } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { main: string };
    // "main" names the bundle of the entry (`npm run bundle`); its sources must be uploaded.
    expect(main).toBe("dist/bundle/index.js");
    expect(uploaded.has("functions/index.ts")).toBe(true);
    expect(uploaded.has("functions/function-app.ts")).toBe(true);
  });

  it("builds the bundle that main names in `npm run build`, with only the host's own package and the build's embedded store left out", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toMatch(/&& npm run bundle$/);
    const bundle = (scripts.bundle ?? "").split(" ");
    expect(bundle[0]).toBe("esbuild");
    expect(bundle).toEqual(
      expect.arrayContaining([
        "functions/index.ts",
        "functions/function-app.ts",
        "functions/make-code-cache.ts",
        "functions/local/ascii-bundle.ts",
      ]),
    );
    expect(bundle).toEqual(expect.arrayContaining(["--bundle", "--outdir=dist/bundle", "--sourcemap"]));
    // Besides the host's package, only the embedded store of the build's rehearsed first turn
    // (functions/first-turn-rehearsal.ts) stays outside: a development package, installed for the
    // build, that reads its certificate from beside itself. The app's bundle loads no file at all
    // (shipped-bundle.test.ts).
    expect(bundle.filter((arg) => arg.startsWith("--external:"))).toEqual([
      "--external:@azure/functions-core",
      "--external:@vercel/cosmosdb-server",
    ]);
    const steps = (scripts.bundle ?? "").split(" && ");
    // The bundle is made ASCII before its code cache, which is made from its final bytes.
    expect(steps[1]).toBe("node dist/bundle/local/ascii-bundle.js dist/bundle/function-app.js");
    // The code cache is made with the worker's Node arguments: V8 refuses one made with other flags.
    expect(steps[2]?.split(" ")).toEqual(["node", ...shippedNodeArguments(), "dist/bundle/make-code-cache.js"]);
    expect(steps).toHaveLength(3);
  });

  it("uploads every file the build compiles or imports, so the remote `npm run build` cannot miss one", () => {
    const compiled = buildProgramFiles();
    expect(compiled).toContain("functions/index.ts");
    expect(compiled.filter((file) => !uploaded.has(file))).toEqual([]);
  });

  it("loads only production dependencies in what runs on Azure (the remote build drops the development ones)", () => {
    const { dependencies, devDependencies } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    // The local runtime (npm start) and the infra scripts run on developer machines only.
    const runsOnAzure = buildProgramFiles().filter(
      (file) => !file.startsWith("functions/local/") && !file.startsWith("infra/"),
    );
    const imported = new Set<string>();
    for (const file of runsOnAzure) {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      for (const [, specifier] of source.matchAll(/(?:from\s+|import\(\s*|require\(\s*)"([^".][^"]*)"/g)) {
        if (!specifier || specifier.startsWith("node:")) continue;
        const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
        if (name) imported.add(name);
      }
    }
    const notProduction = [...imported].filter((name) => !(name in dependencies));
    expect(notProduction.filter((name) => name in devDependencies)).toEqual([]);
    expect(imported.has("@azure/functions")).toBe(true);
  });
});
