/**
 * Finds German or English sentences in source code outside the message catalogues: string
 * literals that read like text for a person rather than ids, queries, markup or developer detail.
 */
import * as ts from "typescript";

export interface StrayText {
  file: string;
  line: number;
  text: string;
}

/** Words that make a phrase German even without an umlaut. */
const GERMAN_WORDS =
  /\b(der|die|das|und|nicht|Sie|Ihre?|ist|mit|für|bitte|wird|wurde|keine|noch|eine?|zu|von|auf|bei|nur|oder|sich|auch|wenn)\b/g;
const LETTER_WORD = /\p{L}{2,}/gu;

/** A phrase of three or more words in German, or an English sentence (capital, then lower-case words). */
export function readsAsSentence(raw: string): boolean {
  const text = raw.replace(/\$?\{[^}]*\}/g, " ").trim();
  const words = text.match(LETTER_WORD) ?? [];
  if (words.length < 3 || text.startsWith("<")) return false;
  const german = /[äöüÄÖÜß„“]/.test(text) || (text.match(GERMAN_WORDS) ?? []).length >= 2;
  const english = /^[A-Z][a-z]+\s/.test(text) && words.filter((word) => /^[a-z]+$/.test(word)).length >= 2;
  return german || english;
}

/** Text for developers and operators, in English by design: errors and log lines. */
const DEVELOPER_CALL = /^(new \w*Error|super|(\w+\.)*(logger|log|console)\.\w+)$/;

function isLocalizedOrForDevelopers(literal: ts.Node): boolean {
  for (let node = literal.parent; !ts.isSourceFile(node); node = node.parent) {
    // `{ de: "…", en: "…" }`: a text in both languages (prompt catalogue, quality models).
    if (ts.isPropertyAssignment(node) && /^(de|en)$/.test(node.name.getText())) return true;
    if (ts.isNewExpression(node) && DEVELOPER_CALL.test(`new ${node.expression.getText()}`)) return true;
    if (ts.isCallExpression(node) && DEVELOPER_CALL.test(node.expression.getText())) return true;
    if (ts.isBlock(node) || ts.isClassDeclaration(node)) return false;
  }
  return false;
}

export function findStrayTextInSource(file: string, source: string): StrayText[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: StrayText[] = [];
  const visit = (node: ts.Node): void => {
    const isText =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node);
    if (isText && !ts.isImportDeclaration(node.parent) && readsAsSentence(node.text)) {
      if (!isLocalizedOrForDevelopers(node)) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
        found.push({ file, line: line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Every string value of a card template that reads as a sentence (templates take text from data). */
export function findStrayTextInTemplate(file: string, template: unknown): StrayText[] {
  const found: StrayText[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (readsAsSentence(value)) found.push({ file, line: 0, text: value });
    } else if (value !== null && typeof value === "object") {
      Object.values(value).forEach(visit);
    }
  };
  visit(template);
  return found;
}
