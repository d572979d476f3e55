/** A staff member who installed the bot: who they are in Teams, how to reach them, their choices. */
import { z } from "zod";
import { timeOfDaySchema, weekdaysSchema, windowEndSchema } from "./org-config";
import { localeSchema } from "./quality-models";
import { typedLineSchema } from "./typed-text";

const ROLES = ["manager", "qualityOfficer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** What a proactive message needs, without any SDK type. */
export const conversationRefSchema = z.object({
  channelId: z.string(),
  serviceUrl: z.string(),
  conversationId: z.string(),
  tenantId: z.string(),
  botId: z.string(),
  botName: z.string().optional(),
});
export type ConversationRef = z.infer<typeof conversationRefSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A holiday the member entered: no prompts from `from` to `to`, both inclusive local dates. */
const vacationSchema = z.object({ from: isoDate, to: isoDate }).refine((vacation) => vacation.from <= vacation.to, {
  message: "a holiday ends on or after its start",
  path: ["to"],
});
export type Vacation = z.infer<typeof vacationSchema>;

/** How a member narrows the organisation's working time (never widens it). */
const memberWorkingTimeSchema = z
  .object({
    weekdays: weekdaysSchema.optional(),
    from: timeOfDaySchema.optional(),
    until: windowEndSchema.optional(),
  })
  .refine((time) => !time.from || !time.until || time.from < time.until, {
    message: "working hours must end after they start",
    path: ["until"],
  });
export type MemberWorkingTime = z.infer<typeof memberWorkingTimeSchema>;

export const memberSchema = z.object({
  orgId: z.string().min(1),
  /** Stable member id: the Entra object id when Teams sends one, else the bot-specific user id. */
  memberId: z.string().min(1),
  /** Bot-specific user id (`29:…`), needed to create a 1:1 conversation. */
  userId: z.string().min(1),
  aadObjectId: z.string().optional(),
  /** The Teams display name, on one line and without controls (it reaches cards and drafts). */
  name: typedLineSchema().default(""),
  /** The Teams client's language. */
  locale: localeSchema.default("de"),
  /** The language the member chose with "sprache de|en"; wins over the Teams locale. */
  chosenLocale: localeSchema.optional(),
  /** IANA zone from the Teams client, when it sent one. */
  timeZone: z.string().optional(),
  conversation: conversationRefSchema,
  roles: z.array(roleSchema).default([]),
  group: z.string().optional(),
  preferredTime: timeOfDay.optional(),
  pausedUntil: isoDate.optional(),
  /** Read from older documents only: a holiday from an unknown start until this date. */
  vacationUntil: isoDate.optional(),
  vacations: z.array(vacationSchema).max(20).default([]),
  workingTime: memberWorkingTimeSchema.optional(),
  isInstalled: z.boolean().default(true),
  isReachable: z.boolean().default(true),
  /** Named attribution in drafts only with this consent; pseudonymous otherwise. */
  consentsToNamedAttribution: z.boolean().default(false),
  onboardedAt: z.string().optional(),
  /**
   * The prompt the member last asked for and the activity that asked: the next one's id derives
   * from it, so asks arriving at once open one prompt, and a redelivered ask shows the same.
   */
  askedPrompt: z.object({ deliveryId: z.string().max(255), activityId: z.string().max(512) }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

/** What Teams tells us about a member on every turn. */
export type MemberSighting = Pick<
  Member,
  "orgId" | "memberId" | "userId" | "aadObjectId" | "name" | "locale" | "timeZone" | "conversation"
>;

/** True when a turn brought news worth a write (a changed reference, name, locale or zone). */
export function hasSightingChanged(member: Member, sighting: MemberSighting): boolean {
  return (
    member.userId !== sighting.userId ||
    // Some events (installationUpdate) come without a name: that is no change.
    (sighting.name !== "" && member.name !== sighting.name) ||
    member.locale !== sighting.locale ||
    (sighting.timeZone !== undefined && member.timeZone !== sighting.timeZone) ||
    JSON.stringify(member.conversation) !== JSON.stringify(sighting.conversation) ||
    !member.isInstalled ||
    !member.isReachable
  );
}

/** The language to talk to a member in. */
export function effectiveLocale(member: Pick<Member, "locale" | "chosenLocale">) {
  return member.chosenLocale ?? member.locale;
}
