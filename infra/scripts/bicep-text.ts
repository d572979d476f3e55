/**
 * Reads the few facts the offline infra checks need from Bicep source text: parameters with
 * their decorators and defaults, the entries of an object variable, module references.
 * No Bicep compiler runs here (no az CLI), so this relies on the plain layout of infra/*.bicep:
 * one entry per line, decorators (one or several lines each) directly above their `param`.
 */

export interface BicepParam {
  name: string;
  type: string;
  decorators: string[];
  /** The default value's source text, if the parameter has one. */
  defaultValue?: string;
}

export interface BicepEntry {
  key: string;
  /** The value's source text, e.g. `'UserAssignedMSI'` or `identity.outputs.clientId`. */
  value: string;
}

export function bicepParams(source: string): BicepParam[] {
  const params: BicepParam[] = [];
  let pending: string[] = [];
  let open: string[] | undefined;
  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (open) {
      // Inside a decorator that spans lines, e.g. @allowed([ … ]) or @metadata({ … }).
      open.push(line);
      if (bracketBalance(open.join("\n")) === 0) {
        pending.push(open.join("\n"));
        open = undefined;
      }
      continue;
    }
    if (line.startsWith("@")) {
      if (bracketBalance(line) === 0) pending.push(line);
      else open = [line];
      continue;
    }
    const match = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line);
    if (match?.[1] && match[2])
      params.push({
        name: match[1],
        type: match[2],
        decorators: pending,
        ...(match[3] ? { defaultValue: match[3].trim() } : {}),
      });
    pending = [];
  }
  return params;
}

/** Open minus closing brackets of all kinds, outside '…' strings. */
function bracketBalance(text: string): number {
  const withoutStrings = text.replace(/'(?:\\.|[^'\\])*'/g, "''");
  return (withoutStrings.match(/[{[(]/g) ?? []).length - (withoutStrings.match(/[}\])]/g) ?? []).length;
}

/** The values of a parameter's @allowed([...]) decorator, or undefined when it has none. */
export function allowedValues(param: BicepParam): (string | number | boolean)[] | undefined {
  const decorator = param.decorators.find((text) => text.startsWith("@allowed("));
  if (!decorator) return undefined;
  const list = decorator.slice(decorator.indexOf("[") + 1, decorator.lastIndexOf("]"));
  return [...list.matchAll(/'((?:\\.|[^'\\])*)'|(-?\d+)|\b(true|false)\b/g)].map((match) =>
    match[1] !== undefined ? match[1] : match[2] !== undefined ? Number(match[2]) : match[3] === "true",
  );
}

/** Index just past the `}` closing the `{` at `open`, skipping braces inside '…' strings. */
function closingBrace(source: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === "'") inString = false;
      continue;
    }
    if (char === "'") inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i + 1;
  }
  throw new Error("Unbalanced braces in Bicep source");
}

/** The top-level entries of the first object literal assigned to `var <name>`. */
export function objectVariableEntries(source: string, name: string): BicepEntry[] {
  const declaration = new RegExp(`^var\\s+${name}\\s*=`, "m").exec(source);
  if (!declaration) throw new Error(`No "var ${name}" in Bicep source`);
  const open = source.indexOf("{", declaration.index);
  const body = source.slice(open + 1, closingBrace(source, open) - 1);
  const entries: BicepEntry[] = [];
  let depth = 0;
  for (const line of body.split(/\r?\n/)) {
    const match = depth === 0 ? /^\s*([A-Za-z_]\w*|'[^']+')\s*:\s*(.+?)\s*$/.exec(line) : null;
    if (match?.[1] && match[2]) entries.push({ key: match[1].replace(/^'|'$/g, ""), value: match[2] });
    const withoutStrings = line.replace(/'(?:\\.|[^'\\])*'/g, "''");
    depth += (withoutStrings.match(/[{[]/g) ?? []).length - (withoutStrings.match(/[}\]]/g) ?? []).length;
  }
  return entries;
}

/** Paths of `module <name> '<path>'` declarations, as written. */
export function moduleReferences(source: string): string[] {
  return [...source.matchAll(/^module\s+\w+\s+'([^']+)'/gm)].map((match) => match[1] ?? "");
}

/** True when the value is a plain string literal without interpolation. */
export function isStringLiteral(value: string): boolean {
  return /^'(?:\\.|[^'\\$]|\$(?!\{))*'$/.test(value);
}

export function stringLiteralValue(value: string): string {
  return value.slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, "\\");
}
