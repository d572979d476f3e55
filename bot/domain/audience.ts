/**
 * Who a prompt is for. A catalog prompt names its audience (the people who can answer it from
 * their own work) and its kind: an experience prompt is asked in rotation to every member of
 * its audience; a fact prompt has one answer for the whole organisation (a date, a figure, a
 * document) and is asked once per cycle to the area's owner only.
 */
import { z } from "zod";

export const AUDIENCES = ["everyone", "pedagogical", "administration", "management", "qualityOfficer"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What a group can be mapped to; every member belongs to "everyone" anyway. */
export const GROUP_AUDIENCES = ["pedagogical", "administration", "management", "qualityOfficer"] as const;
export const groupAudienceSchema = z.enum(GROUP_AUDIENCES);
export type GroupAudience = z.infer<typeof groupAudienceSchema>;

/**
 * A group stored before groups had audiences teaches or counsels: that keeps every existing
 * organisation asking what it asked before, minus the management and fact prompts.
 */
export const DEFAULT_GROUP_AUDIENCES: readonly GroupAudience[] = ["pedagogical"];

export const PROMPT_KINDS = ["experience", "fact"] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** Who answers an area's fact prompts: a role, or one named member. */
export const areaOwnerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("qualityOfficers") }),
  z.object({ kind: z.literal("managers") }),
  z.object({ kind: z.literal("member"), memberId: z.string().min(1).max(255) }),
]);
export type AreaOwner = z.infer<typeof areaOwnerSchema>;

/** Without a setting, the quality officers answer the facts: they compile the Selbstreport. */
export const DEFAULT_AREA_OWNER: AreaOwner = { kind: "qualityOfficers" };
