/**
 * What the bot reads from an incoming Teams activity, validated with zod at the boundary:
 * tenant, member identity, conversation reference, locale and time zone.
 *
 * Identity comes from Teams only. A Bot Framework token proves that *a* channel sent the
 * activity; in Web Chat or Direct Line the client itself writes `from`, `conversation` and
 * `channelData`. So only `msteams` is served (the Agents Playground sends it too), the member is
 * their Entra object id (never the channel's user id), and the tenant in `channelData` must be
 * the conversation's.
 */
import type { Activity } from "botbuilder";
import { z } from "zod";
import { isKnownTimeZone } from "./domain/calendar";
import type { MemberSighting } from "./domain/member";
import type { Locale } from "./domain/quality-models";
import { localeFromTeams } from "./i18n/translator";

const TEAMS_CHANNEL_ID = "msteams";

/** Characters Cosmos DB does not allow in ids (/ \ ? #), control characters, and surrounding blanks. */
const memberIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^/\\?#\u0000-\u001F\u007F\s](?:[^/\\?#\u0000-\u001F\u007F]*[^/\\?#\u0000-\u001F\u007F\s])?$/);

const teamsActivitySchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  locale: z.string().optional(),
  localTimezone: z.string().optional(),
  // Member ids become document ids; Teams' own ids never contain what Cosmos refuses there.
  // An empty aadObjectId is no identity.
  from: z.object({
    id: memberIdSchema,
    name: z.string().optional(),
    aadObjectId: z
      .union([memberIdSchema, z.literal("")])
      .optional()
      .transform((id) => id || undefined),
  }),
  recipient: z.object({ id: z.string().min(1), name: z.string().optional() }),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  channelData: z
    .object({ tenant: z.object({ id: z.string().min(1) }).optional() })
    .passthrough()
    .optional(),
  entities: z
    .array(
      z
        .object({ type: z.string().optional(), timezone: z.string().optional(), locale: z.string().optional() })
        .passthrough(),
    )
    .optional(),
});

/** Why a turn is not served: another channel than Teams, or no identity Teams vouches for. */
type TurnRefusal = "channel" | "unidentified";

export interface TeamsTurnFacts {
  tenantId: string | undefined;
  isPersonalChat: boolean;
  sighting: MemberSighting | undefined;
  refusal?: TurnRefusal;
}

/** Checked on every turn: `isKnownTimeZone` builds the zone's formatter once, not per turn. */
function isValidTimeZone(zone: string | undefined): zone is string {
  return zone !== undefined && zone !== "" && isKnownTimeZone(zone);
}

/** Reads the facts the bot needs; undefined sighting (with the reason) when the activity lacks them. */
export function readTurnFacts(activity: Partial<Activity>, localeOverride?: Locale): TeamsTurnFacts {
  const parsed = teamsActivitySchema.safeParse(activity);
  if (!parsed.success)
    return { tenantId: undefined, isPersonalChat: false, sighting: undefined, refusal: "unidentified" };
  const a = parsed.data;
  const tenantId = a.channelData?.tenant?.id;
  const isPersonalChat = (a.conversation.conversationType ?? "personal") === "personal";
  if (a.channelId !== TEAMS_CHANNEL_ID) return { tenantId, isPersonalChat, sighting: undefined, refusal: "channel" };
  const isTenantConsistent = tenantId !== undefined && (a.conversation.tenantId ?? tenantId) === tenantId;
  const memberId = a.from.aadObjectId;
  if (!isTenantConsistent || !memberId)
    return { tenantId, isPersonalChat, sighting: undefined, refusal: "unidentified" };
  const clientInfo = a.entities?.find((entity) => entity.type === "clientInfo");
  const timeZone = [a.localTimezone, clientInfo?.timezone].find(isValidTimeZone);
  return {
    tenantId,
    isPersonalChat,
    sighting: {
      orgId: tenantId,
      memberId,
      userId: a.from.id,
      aadObjectId: memberId,
      name: a.from.name ?? "",
      locale: localeOverride ?? localeFromTeams(a.locale ?? clientInfo?.locale),
      timeZone,
      conversation: {
        channelId: a.channelId,
        serviceUrl: a.serviceUrl,
        conversationId: a.conversation.id,
        tenantId,
        botId: a.recipient.id,
        botName: a.recipient.name,
      },
    },
  };
}
