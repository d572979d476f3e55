import * as fs from "node:fs";
import * as path from "node:path";
import { Constant, Expression } from "adaptive-expressions";
import * as ACData from "adaptivecards-templating";
import { preparedTemplate } from "../../cards/prepared-template";
import {
  CARD_EXPRESSIONS_FILE,
  CARD_TEMPLATES_DIR,
  cardExpressionsJson,
} from "../../infra/scripts/generate-card-expressions";

const ROOT = path.resolve(__dirname, "..", "..");

const TEMPLATES: [string, object][] = fs
  .readdirSync(path.join(ROOT, CARD_TEMPLATES_DIR))
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, JSON.parse(fs.readFileSync(path.join(ROOT, CARD_TEMPLATES_DIR, name), "utf8")) as object]);

/** What Template.prepare made of the template (the library keeps it in a private field). */
const payloadOf = (template: ACData.Template): unknown =>
  (template as unknown as { _preparedPayload: unknown })._preparedPayload;

/** Everything of a prepared payload that its expansion reads: classes, types, evaluators, constants. */
function shapeOf(node: unknown): unknown {
  if (node instanceof Constant) return { constant: node.value, returnType: node.returnType };
  if (node instanceof Expression)
    return { type: node.type, evaluator: node.evaluator, children: node.children.map(shapeOf) };
  if (Array.isArray(node)) return node.map(shapeOf);
  if (node !== null && typeof node === "object")
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, shapeOf(value)]));
  return node;
}

describe("card templates prepared from the stored expressions", () => {
  it("stores what the parser makes of every template today (after changing a template: npm run build && node dist/infra/scripts/generate-card-expressions.js)", () => {
    expect(fs.readFileSync(path.join(ROOT, CARD_EXPRESSIONS_FILE), "utf8")).toBe(cardExpressionsJson(ROOT));
  });

  it.each(TEMPLATES)("builds %s as adaptivecards-templating builds it, evaluator by evaluator", (_name, template) => {
    expect(shapeOf(payloadOf(preparedTemplate(template)))).toEqual(shapeOf(payloadOf(new ACData.Template(template))));
  });

  it.each(TEMPLATES)("expands %s without data as adaptivecards-templating does", (_name, template) => {
    // Without data every path is missing: each expression shows as written or is dropped ($when).
    const context = { $root: {} };
    expect(preparedTemplate(template).expand(context)).toEqual(new ACData.Template(template).expand(context));
  });

  it("parses a template string it has no stored expression for, as the library would", () => {
    const template = { type: "TextBlock", text: "${if(count > 1, join(names, ', '), first(names))} (${count})" };
    const data = { $root: { count: 2, names: ["Anna", "Ben"] } };
    expect(preparedTemplate(template).expand(data)).toEqual({ type: "TextBlock", text: "Anna, Ben (2)" });
    expect(shapeOf(payloadOf(preparedTemplate(template)))).toEqual(shapeOf(payloadOf(new ACData.Template(template))));
  });
});
