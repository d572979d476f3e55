/**
 * Writes cards/template-expressions.json: every expression of the card templates
 * (cards/templates/*.json) as adaptive-expressions parses it, so that a new instance rebuilds them
 * instead of running the parser (cards/prepared-template.ts says why).
 * Run after changing a template or upgrading adaptivecards-templating or adaptive-expressions:
 * `npm run build && node dist/infra/scripts/generate-card-expressions.js`.
 * A test checks that the committed file is what this script writes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Expression } from "adaptive-expressions";
import * as ACData from "adaptivecards-templating";
import { mapExpressionTexts, storeExpression, type StoredExpression } from "../../cards/prepared-template";
import { findRepoRoot } from "./repo-root";

export const CARD_TEMPLATES_DIR = path.join("cards", "templates");
export const CARD_EXPRESSIONS_FILE = path.join("cards", "template-expressions.json");

/** Each distinct expression string of the templates, parsed as the templating library parses it; sorted. */
export function parseCardExpressions(root: string = findRepoRoot()): Record<string, StoredExpression> {
  const texts = new Set(templateFiles(root).flatMap((file) => expressionTexts(readJson(file))));
  return Object.fromEntries([...texts].sort().map((text) => [text, storeExpression(parsed(text))]));
}

function templateFiles(root: string): string[] {
  const dir = path.join(root, CARD_TEMPLATES_DIR);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

/** The string values Template.prepare parses (keys it keeps as they are). */
function expressionTexts(template: unknown): string[] {
  const texts: string[] = [];
  mapExpressionTexts(template, (text) => texts.push(text));
  return texts;
}

function parsed(text: string): Expression {
  const expression = ACData.Template.parseInterpolatedString(text);
  if (!(expression instanceof Expression)) throw new Error(`no expression parsed from ${text}`);
  return expression;
}

/** The file's text: one expression a line, so that a changed template changes the lines of its expressions. */
export function cardExpressionsJson(root: string = findRepoRoot()): string {
  const lines = Object.entries(parseCardExpressions(root)).map(
    ([text, stored]) => `  ${JSON.stringify(text)}: ${JSON.stringify(stored)}`,
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}

function writeCardExpressions(root: string = findRepoRoot()): string {
  const file = path.join(root, CARD_EXPRESSIONS_FILE);
  fs.writeFileSync(file, cardExpressionsJson(root));
  return file;
}

if (require.main === module) {
  process.stdout.write(`Wrote ${writeCardExpressions()}\n`);
}
