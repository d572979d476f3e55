import * as fs from "node:fs";
import * as path from "node:path";
import { DEMO_TENANT_ID, DEMO_USERS, playgroundConfigFor } from "../../functions/local/demo-organisation";

const COMMITTED = path.resolve(__dirname, "..", "..", ".m365agentsplayground.yml");

describe("the demo organisation of the Agents Playground", () => {
  it("is committed exactly as generated, with Miriam (quality officer) signed in", () => {
    expect(fs.readFileSync(COMMITTED, "utf8")).toBe(playgroundConfigFor("miriam"));
  });

  it.each(["anna", "jonas", "miriam"] as const)("signs in %s and lists every other demo user", (key) => {
    const yaml = playgroundConfigFor(key);
    const currentUser = yaml.slice(yaml.indexOf("currentUser:"), yaml.indexOf("users:"));
    expect(currentUser).toContain(`id: ${DEMO_USERS[key].id}`);
    const others = yaml.slice(yaml.indexOf("users:"), yaml.indexOf("personalChat:"));
    for (const [otherKey, user] of Object.entries(DEMO_USERS)) {
      if (otherKey === key) expect(others).not.toContain(user.id);
      else expect(others).toContain(`- id: ${user.id}`);
    }
    expect(yaml).toContain(`tenantId: ${DEMO_TENANT_ID}`);
  });
});
