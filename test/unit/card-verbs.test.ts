import * as fs from "node:fs";
import * as path from "node:path";
import { CARD_VERBS } from "../../cards";
import { createRoutes, type FlowDeps } from "../../bot/flows";

const TEMPLATES = path.resolve(__dirname, "..", "..", "cards", "templates");

/** Every `"verb": "…"` a template writes itself (verbs bound from data, `${…}`, come from typed buttons). */
function templateVerbs(): { template: string; verb: string }[] {
  return fs
    .readdirSync(TEMPLATES)
    .filter((file) => file.endsWith(".json"))
    .flatMap((template) =>
      [...fs.readFileSync(path.join(TEMPLATES, template), "utf8").matchAll(/"verb":\s*"([^"$]+)"/g)].map((match) => ({
        template,
        verb: match[1] ?? "",
      })),
    );
}

describe("card verbs", () => {
  // Building the routes only wires handlers; no dependency is used until a turn runs.
  const routes = createRoutes(new Proxy({}, { get: () => undefined }) as FlowDeps);

  it("routes every verb a card may send, and no verb that is not in the list", () => {
    expect(Object.keys(routes.actions).sort()).toEqual([...CARD_VERBS].sort());
  });

  it("lets templates name only listed verbs in their own buttons", () => {
    const found = templateVerbs();
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(({ verb }) => !(CARD_VERBS as readonly string[]).includes(verb))).toEqual([]);
  });
});
