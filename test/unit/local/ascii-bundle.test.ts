/**
 * The bundle step that writes the app's bundle in ASCII (functions/local/ascii-bundle.ts): the
 * code does the same, its source map still points at the same code, and what an escape would
 * change fails the build.
 */
import * as vm from "node:vm";
import { decode } from "@jridgewell/sourcemap-codec";
import { buildSync } from "esbuild";
import { asciiOnly } from "../../../functions/local/ascii-bundle";

/** Built as `npm run bundle` builds: CommonJS, without whitespace, with a source map. */
function bundled(source: string): { code: string; map: { mappings: string } } {
  const { outputFiles } = buildSync({
    stdin: { contents: source, loader: "ts", sourcefile: "sample.ts" },
    format: "cjs",
    platform: "node",
    minifyWhitespace: true,
    sourcemap: "external",
    outfile: "sample.js",
    write: false,
  });
  const text = (suffix: string) => outputFiles.find((file) => file.path.endsWith(suffix))!.text;
  return { code: text(".js"), map: JSON.parse(text(".js.map")) as { mappings: string } };
}

const hex = (unit: number) => unit.toString(16).padStart(4, "0");
const isAscii = (code: string) => [...code].every((character) => character.charCodeAt(0) <= 0x7f);

function exportsOf(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, { module, exports: module.exports });
  return module.exports;
}

const GERMAN = `
// Prüfung der Ränder: ein Kommentar
export const word = /^[a-zäöüß]+$/u;
export const quoted = /„([^“]+)“/;
export const identity = /\\ä/;
export const dash = /\\s[–-]\\s/;
export const größe = "Größe";
export function after(text: string): string { return word.test(text) ? "ja" : "nein"; }
`;

describe("the bundle in ASCII", () => {
  const original = bundled(GERMAN);
  const ascii = asciiOnly(original.code, original.map);

  it("has no character outside ASCII left, and says how many it escaped", () => {
    expect(isAscii(original.code)).toBe(false);
    expect(isAscii(ascii.code)).toBe(true);
    expect(ascii.escaped).toBe([...original.code].filter((character) => character.charCodeAt(0) > 0x7f).length);
  });

  it("does what the bundle did: the same matches, the same strings and names", () => {
    const before = exportsOf(original.code);
    const after = exportsOf(ascii.code);
    const probe = (app: Record<string, unknown>) => ({
      word: ["größe", "grosse", "Größe", "gr-e"].map((text) => (app.word as RegExp).test(text)),
      quoted: (app.quoted as RegExp).exec("Der „Kursbericht“ liegt vor")?.[1],
      identity: ["ä", "a", "\\"].map((text) => (app.identity as RegExp).test(text)),
      dash: (app.dash as RegExp).test("Kurse – Berichte"),
      größe: app.größe,
      after: (app.after as (text: string) => string)("übung"),
    });
    expect(probe(after)).toEqual(probe(before));
    expect(probe(after)).toEqual({
      word: [true, true, false, false],
      quoted: "Kursbericht",
      identity: [true, false, false],
      dash: true,
      größe: "Größe",
      after: "ja",
    });
  });

  it("moves each mapping with the code it names, so a stack trace still points at the right place", () => {
    const lines = (code: string) => code.split("\n");
    const before = decode(original.map.mappings);
    const after = decode(ascii.map.mappings);
    expect(after.map((segments) => segments.map((segment) => segment.slice(1)))).toEqual(
      before.map((segments) => segments.map((segment) => segment.slice(1))),
    );
    // What the step makes of a text: each character outside ASCII as its escape, "\ä" too.
    const escapedText = (text: string) =>
      text.replace(/\\?[^\t\n -~]/g, (found) => `\\u${hex(found.charCodeAt(found.length - 1))}`);
    let moved = 0;
    before.forEach((segments, line) =>
      segments.forEach((segment, index) => {
        const column = after[line]![index]![0];
        if (column !== segment[0]) moved++;
        const expected = escapedText(lines(original.code)[line]!.slice(segment[0])).slice(0, 24);
        expect([line, column, lines(ascii.code)[line]!.slice(column, column + 24)]).toEqual([line, column, expected]);
      }),
    );
    expect(moved).toBeGreaterThan(0);
  });

  it("leaves a bundle that is ASCII already as it is", () => {
    const plain = bundled(`export const word = /^[a-z]+$/;`);
    expect(asciiOnly(plain.code, plain.map)).toEqual({ ...plain, escaped: 0 });
  });

  it("fails the build where an escape would change the code: a template literal's raw text", () => {
    const raw = bundled("export const text = String.raw`Größe ${1}`;");
    expect(() => asciiOnly(raw.code, raw.map)).toThrow(/U\+00F6 at line 1, column \d+.*template literal/);
  });
});
