/**
 * Card templates made ready to expand without the expression parser. adaptivecards-templating
 * parses every `${…}` of a template when its Template is built, and its parser (antlr4ts) fills its
 * prediction tables as it goes: in a new instance that was most of the first prompt card's cost
 * (about 75 ms of CPU of the first request after a cold start, docs/reliability.md), work run
 * rather than code compiled, which V8's code cache of the bundle cannot keep. So the templates'
 * expressions are parsed when the code is written (infra/scripts/generate-card-expressions.ts writes
 * template-expressions.json; a test checks it is what the parser gives today) and only rebuilt here.
 */
// The templating library's peer dependency, the one copy it uses too: its `instanceof` checks see our expressions.
import { Constant, Expression, ExpressionFunctions } from "adaptive-expressions";
import * as ACData from "adaptivecards-templating";
import stored from "./template-expressions.json";

/** A parsed expression as stored: a function call as [type, ...arguments], a constant as its value. */
export type StoredExpression = string | number | boolean | null | StoredExpression[];

const STORED: Readonly<Record<string, StoredExpression>> = stored;

/** The template as adaptivecards-templating builds it, with stored expressions instead of parsed ones. */
export function preparedTemplate(template: object): ACData.Template {
  const prepared = new ACData.Template({});
  // The library has no public way to take a prepared payload; test/unit/prepared-card-templates.test.ts
  // compares what this builds with the library's own, evaluator by evaluator.
  (prepared as unknown as { _preparedPayload: unknown })._preparedPayload = mapExpressionTexts(template, expressionOf);
  return prepared;
}

/**
 * Template.prepare's walk: every string value with an expression becomes what `toExpression` makes of
 * it; keys and other values stay. The generator of the stored expressions walks with it too, so both
 * agree on which strings are expressions.
 */
export function mapExpressionTexts(node: unknown, toExpression: (text: string) => unknown): unknown {
  if (typeof node === "string") return hasExpression(node) ? toExpression(node) : node;
  if (Array.isArray(node)) return node.map((item) => mapExpressionTexts(item, toExpression));
  if (node !== null && typeof node === "object")
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, mapExpressionTexts(value, toExpression)]),
    );
  return node;
}

const hasExpression = (text: string): boolean => text.includes("${");

/** Stored when the templates were last parsed; a string added since is parsed as the library would. */
function expressionOf(text: string): Expression | string {
  const found = STORED[text];
  return found === undefined ? ACData.Template.parseInterpolatedString(text) : rebuild(found);
}

function rebuild(stored: StoredExpression): Expression {
  if (!Array.isArray(stored)) return new Constant(stored);
  const [type, ...children] = stored;
  const evaluator = typeof type === "string" ? ExpressionFunctions.standardFunctions.get(type) : undefined;
  if (typeof type !== "string" || !evaluator)
    throw new Error(`${String(type)} is not a standard function of adaptive-expressions`);
  // As the parser builds a call: its standard evaluator, checked against its arguments.
  return Expression.makeExpression(type, evaluator, ...children.map(rebuild));
}

/** The stored form of a parsed expression; throws for what the parser of a template never makes. */
export function storeExpression(expression: Expression): StoredExpression {
  if (expression instanceof Constant) return storedConstant(expression.value);
  if (!ExpressionFunctions.standardFunctions.has(expression.type))
    throw new Error(`${expression.type} is not a standard function of adaptive-expressions`);
  return [expression.type, ...expression.children.map(storeExpression)];
}

function storedConstant(value: unknown): StoredExpression {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as StoredExpression;
  throw new Error(`a constant of type ${typeof value} cannot be stored`);
}
