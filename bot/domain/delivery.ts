/**
 * A prompt sent (or to be sent) to one member: the outbox entry of the scheduler and the
 * record of what the member did with it.
 */
import { z } from "zod";
import { areaIdSchema, dimensionIdSchema } from "./quality-models";

/** Transport state, owned by the delivery worker. */
export const DELIVERY_STATES = ["pending", "sending", "sent", "failed", "unreachable"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** What the member did, owned by the staff flow. */
const PROMPT_RESPONSES = ["open", "answered", "skipped", "snoozed", "replaced"] as const;
export type PromptResponse = (typeof PROMPT_RESPONSES)[number];

const DELIVERY_KINDS = ["scheduled", "onDemand", "followUp"] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** What the worker sends when it claims the delivery: the prompt card, or its one reminder. */
const DELIVERY_PURPOSES = ["prompt", "reminder"] as const;

export const deliverySchema = z.object({
  orgId: z.string().min(1),
  /** Scheduled: derived from cycle, period and member, so a repeated tick records it once. */
  deliveryId: z.string().min(1),
  memberId: z.string().min(1),
  kind: z.enum(DELIVERY_KINDS),
  promptId: z.string().min(1),
  area: areaIdSchema,
  dimension: dimensionIdSchema,
  /** The schedule period, e.g. "2026-W48" (weekly) or "2026-11" (monthly); on demand: the date. */
  periodKey: z.string().min(1),
  dueAt: z.string(),
  state: z.enum(DELIVERY_STATES).default("pending"),
  response: z.enum(PROMPT_RESPONSES).default("open"),
  attempts: z.number().int().min(0).default(0),
  /** Do not try again before this time (backoff, Retry-After). */
  notBefore: z.string().optional(),
  leaseOwner: z.string().optional(),
  leaseUntil: z.string().optional(),
  /** Reason code of the last failure, never message text. */
  lastError: z.string().max(200).optional(),
  sentAt: z.string().optional(),
  /** Teams activity id of the sent card, to update it later. */
  activityId: z.string().optional(),
  snoozedUntil: z.string().optional(),
  /** Absent means "prompt"; "reminder" once the scheduler queued the reminder (it stays, so there is never a second). */
  purpose: z.enum(DELIVERY_PURPOSES).optional(),
  reminderSentAt: z.string().optional(),
  /** Local mode's "send now": sent whatever the member's working time. */
  isSentAnyTime: z.boolean().optional(),
  respondedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;
