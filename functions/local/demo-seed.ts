/**
 * The demo organisation's data for `npm start`: Volkshochschule Musterstadt, set up under LQW
 * three months into its first certification, with its people already known to the bot (Jonas
 * as manager), so every role can be tried at once. Seeds only a tenant that has no
 * configuration yet: a setup made in the Playground is never overwritten.
 */
import { addMonths, localDateAt } from "../../bot/domain/calendar";
import { defaultGroups, orgConfigSchema, type OrgConfig } from "../../bot/domain/org-config";
import type { Member, MemberSighting, Role } from "../../bot/domain/member";
import { isAppError } from "../../bot/errors";
import type { Repositories } from "../../bot/store";
import { seedDemoAnswers } from "./demo-answers";
import { DEMO_TENANT_ID, DEMO_USERS, demoConversationId, type DemoUserKey } from "./demo-organisation";

const TIME_ZONE = "Europe/Berlin";

/**
 * What the Agents Playground sends in its activities (see .m365agentsplayground.yml): its
 * mocked connector and the bot's id and name; each user's personal chat has its own id
 * (`demoConversationId`).
 */
export const PLAYGROUND_CONVERSATION = {
  channelId: "msteams",
  serviceUrl: "http://localhost:56150/_connector",
  botId: "28:lqw-reflect-local",
  botName: "lqw-reflect",
} as const;

const DEMO_GROUPS: Record<DemoUserKey, string> = {
  anna: "paedagogik",
  jonas: "leitung",
  miriam: "leitung",
  lukas: "paedagogik",
  fatma: "verwaltung",
  sabine: "paedagogik",
};

const SUCCESSFUL_LEARNING =
  "Lernen ist bei uns gelungen, wenn die Teilnehmenden ihre selbst gesetzten Ziele erreichen, das Gelernte in Alltag und Beruf anwenden " +
  "und Lust bekommen, weiterzulernen. Dafür sorgen wir mit Angeboten, die an ihre Erfahrungen anknüpfen, mit Kursleitenden, die begleiten " +
  "statt nur zu vermitteln, und mit Räumen, in denen Fragen und Fehler willkommen sind.";

/** The demo organisation's configuration, set up three months ago (also the build's rehearsed turn, functions/first-turn-rehearsal.ts). */
export function demoOrgConfig(now: Date): OrgConfig {
  const today = localDateAt(now, TIME_ZONE);
  return orgConfigSchema.parse({
    orgId: DEMO_TENANT_ID,
    name: "VHS Musterstadt",
    model: "lqw",
    modelVersion: "LQW 2",
    cycle: { kind: "first", start: addMonths(today, -3), selfReportDue: addMonths(today, 10) },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: TIME_ZONE },
    // Lower Saxony: its public holidays (Reformationstag among them) keep prompts away.
    workingTime: { state: "NI" },
    groups: defaultGroups(),
    anonymityThreshold: 5,
    defaultLocale: "de",
    successDefinition: SUCCESSFUL_LEARNING,
    setupCompletedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}

export interface DemoSeedResult {
  isConfigured: boolean;
  membersSeeded: number;
  answersSeeded?: number;
}

/**
 * Stores the demo configuration and the demo members if the demo tenant has no configuration.
 * Members are stored as not yet installed, with a placeholder reference to the Playground: the
 * first real turn replaces the reference and still gets the welcome; nobody is sent prompts
 * before they opened the chat.
 */
export async function seedDemoOrganisation(
  repos: Pick<Repositories, "orgs" | "members" | "answers" | "deliveries">,
  now: Date,
  playground: { serviceUrl?: string } = {},
): Promise<DemoSeedResult> {
  if (await repos.orgs.get(DEMO_TENANT_ID)) return { isConfigured: false, membersSeeded: 0 };
  const config = demoOrgConfig(now);
  try {
    await repos.orgs.save(config);
  } catch (error) {
    // Another process seeded it a moment ago.
    if (isAppError(error, "CONFLICT")) return { isConfigured: false, membersSeeded: 0 };
    throw error;
  }
  let membersSeeded = 0;
  for (const key of Object.keys(DEMO_USERS) as DemoUserKey[]) {
    const user = DEMO_USERS[key];
    const roles: Role[] = user.role === "staff" ? [] : [user.role];
    const existing = await repos.members.get(DEMO_TENANT_ID, user.aadObjectId);
    if (existing) {
      await repos.members.update(DEMO_TENANT_ID, user.aadObjectId, (member) => withDemoRoles(member, roles, now));
      continue;
    }
    const sighting: MemberSighting = {
      orgId: DEMO_TENANT_ID,
      memberId: user.aadObjectId,
      userId: user.id,
      aadObjectId: user.aadObjectId,
      name: user.name,
      locale: "de",
      timeZone: TIME_ZONE,
      conversation: {
        ...PLAYGROUND_CONVERSATION,
        conversationId: demoConversationId(key),
        serviceUrl: playground.serviceUrl ?? PLAYGROUND_CONVERSATION.serviceUrl,
        tenantId: DEMO_TENANT_ID,
      },
    };
    await repos.members.recordSighting(sighting, now);
    await repos.members.update(DEMO_TENANT_ID, user.aadObjectId, (member) => ({
      ...withDemoRoles(member, roles, now),
      group: DEMO_GROUPS[key],
      isInstalled: false,
    }));
    membersSeeded++;
  }
  const answersSeeded = await seedDemoAnswers(repos, config, DEMO_GROUPS, now);
  return { isConfigured: true, membersSeeded, answersSeeded };
}

function withDemoRoles(member: Member, roles: readonly Role[], now: Date): Member {
  return { ...member, roles: [...new Set([...member.roles, ...roles])], updatedAt: now.toISOString() };
}
