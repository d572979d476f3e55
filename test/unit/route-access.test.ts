import { COMMAND_ACCESS, refusedAccess, VERB_ACCESS, type Access } from "../../bot/flows/route-access";
import type { Role } from "../../bot/domain/member";
import { translator } from "../../bot/i18n/translator";

const t = translator("de");
const as = (...roles: Role[]) => ({ t, roles: new Set(roles) });
const routes: [string, Access][] = [...Object.entries(COMMAND_ACCESS), ...Object.entries(VERB_ACCESS)];

describe("who may use each command and card verb (checked once, in ReflectionBot)", () => {
  it("refuses a quality officer's route to staff and managers with one plain text, and lets quality officers through", () => {
    const officerOnly = routes.filter(([, access]) => access === "qualityOfficer");
    expect(officerOnly.map(([route]) => route)).toEqual(
      expect.arrayContaining(["setup", "roles", "export", "roles.change"]),
    );
    for (const [, access] of officerOnly) {
      for (const who of [as(), as("manager")])
        expect(refusedAccess(access, who)).toEqual({
          kind: "text",
          text: "Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
        });
      expect(refusedAccess(access, as("qualityOfficer"))).toBeUndefined();
    }
  });

  it("lets managers and quality officers see progress, and tells staff who may", () => {
    for (const route of ["progress", "progress.show", "progress.area"]) {
      const access = routes.find(([name]) => name === route)?.[1];
      expect(access).toBe("managerOrQualityOfficer");
      expect(refusedAccess(access ?? "everyone", as("manager"))).toBeUndefined();
      expect(refusedAccess(access ?? "everyone", as("qualityOfficer"))).toBeUndefined();
      expect(refusedAccess(access ?? "everyone", as())?.kind).toBe("text");
    }
  });

  it("never refuses a member's own routes: prompts, answers, settings, own data", () => {
    for (const route of [
      "prompt",
      "myAnswers",
      "myData",
      "deleteAll",
      "answer.submit",
      "typed.save",
      "settings.save",
    ]) {
      const access = routes.find(([name]) => name === route)?.[1];
      expect([route, access]).toEqual([route, "everyone"]);
      expect(refusedAccess("everyone", as())).toBeUndefined();
    }
  });
});
