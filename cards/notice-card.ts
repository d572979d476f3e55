/** A short card: a title, a few lines, optional facts and buttons (confirmations, "skipped", "snoozed"). */
import { z } from "zod";
import template from "./templates/notice.json";
import { cardButtonSchema } from "./card-action";
import { renderCard } from "./render-card";

const noticeCardSchema = z.object({
  title: z.string().min(1),
  titleColor: z.enum(["Default", "Good", "Attention", "Warning", "Accent"]).default("Default"),
  lines: z.array(z.string().min(1)).default([]),
  facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).default([]),
  /** Buttons that open a URL (downloads). */
  links: z.array(z.object({ title: z.string().min(1), url: z.url() })).default([]),
  actions: z.array(cardButtonSchema).default([]),
});
export type NoticeCardData = z.input<typeof noticeCardSchema>;

export const renderNoticeCard = (data: NoticeCardData) => renderCard(template, noticeCardSchema, data);
