import { parseCommand } from "../../../bot/commands";
import { memberSchema } from "../../../bot/domain/member";
import { deliveryStatusRoutes } from "../../../bot/flows/delivery-status-flow";
import type { FlowDeps } from "../../../bot/flows/flow-deps";
import { translator } from "../../../bot/i18n/translator";
import type { TurnScope } from "../../../bot/turn-scope";
import { orgConfig } from "../../support/org-fixture";

const RUN_SCHEDULE = { kind: "command", id: "runSchedule", args: "" };

describe("„jetzt senden“ / “send now”", () => {
  it.each(["jetzt senden", "Jetzt senden!", "JETZT SENDEN", "send now", "Send now.", "jetzt sendne", "sned now"])(
    "runs the schedule now when a quality officer writes %j",
    (text) => {
      expect(parseCommand(text)).toEqual(RUN_SCHEDULE);
    },
  );

  it("keeps „zeitplan jetzt“ and “run schedule” working", () => {
    expect(parseCommand("zeitplan jetzt")).toEqual(RUN_SCHEDULE);
    expect(parseCommand("run schedule")).toEqual(RUN_SCHEDULE);
  });

  it("does not mistake other commands for it", () => {
    expect(parseCommand("jetzt")).toEqual({ kind: "unknown" });
    expect(parseCommand("senden")).toEqual({ kind: "unknown" });
    expect(parseCommand("frage")).toMatchObject({ id: "prompt" });
    expect(parseCommand("einstellungen")).toMatchObject({ id: "settings" });
  });

  it("explains outside local mode that the timer sends the prompts, and sends nothing", async () => {
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
    let runs = 0;
    const deps = { isLocalMode: false, scheduling: { runNow: async () => void runs++ } } as unknown as FlowDeps;
    const routes = deliveryStatusRoutes(deps);
    for (const [text, locale, expected] of [
      ["jetzt senden", "de", "In Azure läuft der Zeitplan von selbst"],
      ["send now", "en", "On Azure the schedule runs by itself"],
    ] as const) {
      const parsed = parseCommand(text);
      if (parsed.kind !== "command") throw new Error(`${text} is not a command`);
      const scope: TurnScope = {
        member,
        roles: new Set(member.roles),
        org: orgConfig(),
        locale,
        timeZone: "Europe/Berlin",
        t: translator(locale),
        now: new Date(),
        activityId: "f:1",
      };
      expect(await routes.commands?.[parsed.id]?.(scope, parsed.args)).toEqual({
        kind: "text",
        text: expect.stringContaining(expected),
      });
    }
    expect(runs).toBe(0);
  });
});
