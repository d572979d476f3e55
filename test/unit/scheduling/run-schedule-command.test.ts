import { memberSchema } from "../../../bot/domain/member";
import { deliveryStatusRoutes } from "../../../bot/flows/delivery-status-flow";
import type { FlowDeps } from "../../../bot/flows/flow-deps";
import { translator } from "../../../bot/i18n/translator";
import type { TurnScope } from "../../../bot/turn-scope";
import { orgConfig } from "../../support/org-fixture";

/** A quality officer's turn; the command must answer before it touches anything else. */
function officerScope(): TurnScope {
  const member = memberSchema.parse({
    orgId: "org",
    memberId: "miriam",
    userId: "29:miriam",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: "a:1",
      tenantId: "org",
      botId: "28:bot",
    },
    roles: ["qualityOfficer"],
    createdAt: "2026-11-24T09:00:00.000Z",
    updatedAt: "2026-11-24T09:00:00.000Z",
  });
  return {
    member,
    roles: new Set(member.roles),
    org: orgConfig(),
    locale: "de",
    timeZone: "Europe/Berlin",
    t: translator("de"),
    now: new Date(),
    activityId: "f:1",
  };
}

describe("„zeitplan jetzt“ outside local mode", () => {
  it("explains that the schedule runs by itself on Azure, and runs nothing", async () => {
    let runs = 0;
    const deps = { isLocalMode: false, scheduling: { runNow: async () => void runs++ } } as unknown as FlowDeps;
    const result = await deliveryStatusRoutes(deps).commands?.runSchedule?.(officerScope(), "");
    expect(result).toEqual({ kind: "text", text: expect.stringContaining("nur im lokalen Modus") });
    expect(runs).toBe(0);
  });
});
