/**
 * `npm run lint`'s folder rules catch the imports they were written against (issue 19): each
 * import that once broke the architecture is planted in a small copy of the folder layout and
 * dependency-cruiser, with the project's own configuration, must report it under its rule, while
 * the allowed imports beside them pass.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const DEPCRUISE = path.join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

/** Files of the planted layout: path → imports (a `type` import is type-only). */
const LAYOUT: Record<string, string[]> = {
  // Allowed: the flows use presenters, the scheduler uses presenters and the domain.
  "bot/domain/delivery.ts": [],
  "bot/presenters/prompt-presenter.ts": ['import type { Delivery } from "../domain/delivery";'],
  "bot/scheduling/delivery-messages.ts": ['import "../presenters/prompt-presenter";', 'import "../domain/delivery";'],
  "bot/flows/prompt-flow.ts": ['import "../presenters/prompt-presenter";'],
  // Broken: the scheduler renders a card through a flow.
  "bot/scheduling/reminders.ts": ['import "../flows/prompt-flow";'],
  // Broken: a type-only loop between the bot and a flow (CardActionInput once did this).
  "bot/reflection-bot.ts": ['import type { Input } from "./flows/answer-flow";'],
  "bot/flows/answer-flow.ts": ['import type { Bot } from "../reflection-bot";'],
  // Broken: the store reaches into an application service.
  "bot/personal-data/collect.ts": [],
  "bot/store/repositories.ts": ['import "../personal-data/collect";'],
  // Broken: the pure domain loads the store.
  "bot/domain/ids.ts": ['import "../store/repositories";'],
  // Broken: a presenter reaches into a flow.
  "bot/presenters/progress-presenter.ts": ['import "../flows/prompt-flow";'],
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function cruise(): Violation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-boundaries-"));
  try {
    for (const [file, imports] of Object.entries(LAYOUT)) {
      fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      fs.writeFileSync(
        path.join(dir, file),
        `${imports.join("\n")}\nexport type Input = string;\nexport type Bot = string;\nexport type Delivery = string;\n`,
      );
    }
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true } }));
    const output = execFileSync(
      process.execPath,
      [DEPCRUISE, "bot", "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json"],
      { cwd: dir, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the folder rules of npm run lint", () => {
  let violations: Violation[];
  beforeAll(() => {
    violations = cruise();
  }, 60_000);

  const found = () => violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it("report each import that once broke the architecture, under its rule", () => {
    expect(found()).toEqual(
      expect.arrayContaining([
        "scheduling-not-into-flows: bot/scheduling/reminders.ts → bot/flows/prompt-flow.ts",
        // A loop is reported at whichever of its files the cruise reaches first.
        expect.stringMatching(/^no-circular: bot\/(reflection-bot\.ts|flows\/answer-flow\.ts) → /),
        "store-imports-domain-only: bot/store/repositories.ts → bot/personal-data/collect.ts",
        "domain-is-pure: bot/domain/ids.ts → bot/store/repositories.ts",
        "presenters-build-card-data-only: bot/presenters/progress-presenter.ts → bot/flows/prompt-flow.ts",
      ]),
    );
  });

  it("let the allowed imports pass: flows and the scheduler through the presenters, presenters on the domain", () => {
    const allowedFrom = [
      "bot/scheduling/delivery-messages.ts",
      "bot/flows/prompt-flow.ts",
      "bot/presenters/prompt-presenter.ts",
    ];
    expect(found().filter((line) => allowedFrom.some((from) => line.includes(`: ${from} →`)))).toEqual([]);
  });
});
