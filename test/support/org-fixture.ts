/** A realistic organisation configuration (a Volkshochschule under LQW) for tests. */
import { defaultGroups, orgConfigSchema, type OrgConfig, type OrgConfigInput } from "../../bot/domain/org-config";
import type { Repositories } from "../../bot/store";
import { TENANT_ID } from "./teams-activities";

export function orgConfig(overrides: Partial<OrgConfigInput> = {}): OrgConfig {
  return orgConfigSchema.parse({
    orgId: TENANT_ID,
    name: "VHS Musterstadt",
    model: "lqw",
    modelVersion: "LQW 2",
    cycle: { kind: "first", start: "2026-09-01", selfReportDue: "2027-09-30", testatExpiry: "2028-03-31" },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    groups: defaultGroups(),
    successDefinition: "Lernen ist gelungen, wenn Teilnehmende ihre Ziele erreichen und das Gelernte im Alltag nutzen.",
    updatedAt: "2026-09-01T08:00:00.000Z",
    ...overrides,
  });
}

export async function seedOrg(repos: Repositories, overrides: Partial<OrgConfigInput> = {}): Promise<OrgConfig> {
  const config = orgConfig(overrides);
  await repos.orgs.save(config);
  return config;
}
