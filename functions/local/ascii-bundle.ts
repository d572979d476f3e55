/**
 * A step of `npm run bundle`, between esbuild and the code cache (../make-code-cache.ts): rewrites the
 * app's bundle in plain ASCII, every other character as its `\u` escape, and moves its source map's
 * columns to match. V8 keeps an ASCII source in one byte per character; a single "ä" makes it keep
 * all 9.5 MB in two: a new instance then took 71 instead of 39 ms to decode the file and 145
 * instead of 115 ms to load its code cache (2026-12-08, this repository's 2-core machine; issue 18
 * item 7).
 * esbuild escapes strings and names itself but leaves regular expression literals as written, and
 * ours are German ("[a-zäöüß]"); there an escape matches the same character.
 *
 * The tokens come from a parser (acorn), so a character is escaped only where an escape means the
 * same: in a regular expression, a name, a string or a comment. A template literal's raw text
 * (String.raw) would change, and a character V8 counts as a line break would move every line after
 * it; the step fails the build for either instead of changing what the code does.
 */
import * as fs from "node:fs";
import { Parser, tokTypes, type Token } from "acorn";
import { decode, encode } from "@jridgewell/sourcemap-codec";

interface SourceMap {
  mappings: string;
  [key: string]: unknown;
}

/** Where an escape stands for the same character as the one it replaces. */
const ESCAPABLE = new Set([tokTypes.regexp, tokTypes.name, tokTypes.string, tokTypes.privateId]);

/** One non-ASCII character and what it becomes; `start` is in UTF-16 code units, like a map's columns. */
interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The code in ASCII and its source map with every column moved by the escapes before it on its
 * line; `escaped` counts the characters escaped.
 */
export function asciiOnly(code: string, map: SourceMap): { code: string; map: SourceMap; escaped: number } {
  const replacements = replacementsIn(code);
  if (replacements.length === 0) return { code, map, escaped: 0 };
  return {
    code: applied(code, replacements),
    map: { ...map, mappings: movedMappings(code, map, replacements) },
    escaped: replacements.length,
  };
}

/** Rewrites the bundle and its map in place; returns how many characters it escaped. */
export function writeAsciiBundle(bundle: string): number {
  const code = fs.readFileSync(bundle, "utf8");
  const map = JSON.parse(fs.readFileSync(`${bundle}.map`, "utf8")) as SourceMap;
  const ascii = asciiOnly(code, map);
  fs.writeFileSync(bundle, ascii.code);
  fs.writeFileSync(`${bundle}.map`, JSON.stringify(ascii.map));
  return ascii.escaped;
}

function replacementsIn(code: string): Replacement[] {
  const allowed: Array<{ start: number; end: number }> = [];
  const onToken = (token: Token) => {
    if (ESCAPABLE.has(token.type) && !isAscii(code, token.start, token.end)) allowed.push(token);
  };
  const onComment = (_block: boolean, _text: string, start: number, end: number) => {
    if (!isAscii(code, start, end)) allowed.push({ start, end });
  };
  Parser.parse(code, {
    ecmaVersion: "latest",
    sourceType: "script",
    allowReturnOutsideFunction: true,
    onToken,
    onComment,
  });
  allowed.sort((a, b) => a.start - b.start);

  const replacements: Replacement[] = [];
  let range = 0;
  for (let at = 0; at < code.length; at++) {
    const unit = code.charCodeAt(at);
    if (unit < 0x80) continue;
    while (range < allowed.length && allowed[range]!.end <= at) range++;
    const inside = range < allowed.length && allowed[range]!.start <= at;
    if (!inside || unit === 0x2028 || unit === 0x2029) throw new Error(unescapable(code, at));
    // "\ä" (an identity escape) is "ä": its backslash goes, or it would escape the new one.
    const escaped = isEscaped(code, at);
    replacements.push({ start: escaped ? at - 1 : at, end: at + 1, text: `\\u${unit.toString(16).padStart(4, "0")}` });
  }
  return replacements;
}

function isAscii(code: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (code.charCodeAt(at) >= 0x80) return false;
  return true;
}

/** An odd run of backslashes before `at`. */
function isEscaped(code: string, at: number): boolean {
  let backslashes = 0;
  while (code.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

function unescapable(code: string, at: number): string {
  const { line, column } = lineAndColumn(code, at);
  const character = `U+${code.charCodeAt(at).toString(16).toUpperCase().padStart(4, "0")}`;
  return `The bundle has ${character} at line ${line + 1}, column ${column + 1}, where an escape would change the code (a template literal's text or a line break): write it as an escape in the source.`;
}

function lineAndColumn(code: string, at: number): { line: number; column: number } {
  const before = code.slice(0, at);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length - 1, column: at - lineStart };
}

function applied(code: string, replacements: Replacement[]): string {
  let out = "";
  let from = 0;
  for (const { start, end, text } of replacements) {
    out += code.slice(from, start) + text;
    from = end;
  }
  return out + code.slice(from);
}

/** Each mapping moves right by what the escapes before it on its line added. */
function movedMappings(code: string, map: SourceMap, replacements: Replacement[]): string {
  const lines = decode(map.mappings);
  const lineStarts = [0];
  for (let at = code.indexOf("\n"); at !== -1; at = code.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  let next = 0;
  for (let line = 0; line < lines.length && next < replacements.length; line++) {
    const lineStart = lineStarts[line] ?? code.length;
    const lineEnd = lineStarts[line + 1] ?? code.length + 1;
    const onLine: Array<{ column: number; added: number }> = [];
    while (next < replacements.length && replacements[next]!.start < lineEnd) {
      const { start, end, text } = replacements[next++]!;
      onLine.push({ column: start - lineStart, added: text.length - (end - start) });
    }
    if (onLine.length === 0) continue;
    for (const segment of lines[line]!) {
      let added = 0;
      for (const replacement of onLine) if (replacement.column < segment[0]) added += replacement.added;
      segment[0] += added;
    }
  }
  return encode(lines);
}

// The build step: `node dist/bundle/local/ascii-bundle.js <bundle>` (package.json, "bundle").
if (require.main === module) {
  const bundle = process.argv[2];
  if (!bundle) throw new Error("Usage: ascii-bundle <bundle file>");
  const escaped = writeAsciiBundle(bundle);
  process.stdout.write(`Wrote ${bundle} in ASCII (${escaped} characters escaped)\n`);
}
