/**
 * "meine daten" as the person can use it: a readable document (each answer with its question,
 * area, date and time) and the same as data (JSON) for another program. Neither carries the
 * internal ids (answer, delivery, member or organisation ids) that mean nothing to the person.
 */
import type { Answer } from "../domain/answer";
import { fillPrompt, findPrompt } from "../domain/catalog/prompt-catalog";
import type { Delivery } from "../domain/delivery";
import type { OrgConfig } from "../domain/org-config";
import { findArea, findDimension } from "../domain/quality-models";
import { escapeMarkdownInline, escapeMarkdownParagraph } from "../drafts/markdown-text";
import { formatCalendarDate, formatDateAndTime } from "../i18n/format";
import type { MessageKey } from "../i18n/translator";
import type { PersonalData } from "../personal-data/personal-data";
import { areaName } from "../presenters/prompt-presenter";
import type { TurnScope } from "../turn-scope";

type Reader = Pick<TurnScope, "t" | "locale" | "timeZone" | "roles">;

interface CopiedAnswer {
  savedAt: string;
  changedAt?: string;
  area: string;
  dimension: string;
  question: string;
  answer: string;
  evidence?: string;
  documents?: { title: string; date?: string; place?: string }[];
  conclusion?: "decided" | "proposal";
  earlierVersions: { text: string; evidence?: string; replacedAt: string }[];
}

export interface PersonalCopy {
  format: "lqw-reflect/personal-data";
  version: 2;
  exportedAt: string;
  you: {
    name?: string;
    group?: string;
    preferredTime?: string;
    language?: string;
    namedAttribution?: boolean;
    pausedUntil?: string;
    holidays: { from: string; to: string }[];
    appInstalled?: boolean;
    knownSince?: string;
  };
  answers: CopiedAnswer[];
  questionsSent: { at: string; area: string; dimension: string; question: string; response: string }[];
  activity: { at: string; action: string }[];
}

function areaOf(reader: Reader, org: OrgConfig | undefined, area: Answer["area"]): string {
  if (!org) return area;
  return `QB ${findArea(org.model, area).number} ${areaName(reader, org, area)}`;
}

function questionOf(reader: Reader, org: OrgConfig | undefined, promptId: string, fallback: string): string {
  const prompt = findPrompt(promptId);
  return prompt && org ? fillPrompt(prompt.text, org, reader.locale) : fallback;
}

function copyAnswer(reader: Reader, org: OrgConfig | undefined, answer: Answer): CopiedAnswer {
  const dimension = findDimension(answer.dimension).name[reader.locale];
  return {
    savedAt: answer.createdAt,
    ...(answer.history.length > 0 ? { changedAt: answer.updatedAt } : {}),
    area: areaOf(reader, org, answer.area),
    dimension,
    question: questionOf(reader, org, answer.promptId, dimension),
    answer: answer.text,
    ...(answer.evidence ? { evidence: answer.evidence } : {}),
    ...(answer.documents?.length ? { documents: answer.documents } : {}),
    ...(answer.status ? { conclusion: answer.status } : {}),
    earlierVersions: answer.history.map((revision) => ({ ...revision })),
  };
}

function copyDelivery(reader: Reader, org: OrgConfig | undefined, delivery: Delivery) {
  const dimension = findDimension(delivery.dimension).name[reader.locale];
  return {
    at: delivery.sentAt ?? delivery.dueAt,
    area: areaOf(reader, org, delivery.area),
    dimension,
    question: questionOf(reader, org, delivery.promptId, dimension),
    response: delivery.response,
  };
}

/** What is stored about the person, in their words and language, without internal ids. */
export function personalCopy(data: PersonalData, reader: Reader, org: OrgConfig | undefined, now: Date): PersonalCopy {
  const member = data.member;
  const group = member?.group
    ? (org?.groups.find((each) => each.id === member.group)?.name ?? member.group)
    : undefined;
  return {
    format: "lqw-reflect/personal-data",
    version: 2,
    exportedAt: now.toISOString(),
    you: {
      ...(member?.name ? { name: member.name } : {}),
      ...(group ? { group } : {}),
      ...(member?.preferredTime ? { preferredTime: member.preferredTime } : {}),
      ...(member?.chosenLocale ? { language: member.chosenLocale } : {}),
      ...(member ? { namedAttribution: member.consentsToNamedAttribution === true } : {}),
      ...(member?.pausedUntil ? { pausedUntil: member.pausedUntil } : {}),
      holidays: (member?.vacations ?? []).map(({ from, to }) => ({ from, to })),
      ...(member ? { appInstalled: member.isInstalled, knownSince: member.createdAt } : {}),
    },
    answers: data.answers.map((answer) => copyAnswer(reader, org, answer)),
    // Sent prompts only: a prompt replaced before it went out was never shown.
    questionsSent: data.deliveries
      .filter((delivery) => delivery.sentAt !== undefined)
      .map((delivery) => copyDelivery(reader, org, delivery))
      .sort((a, b) => (a.at < b.at ? 1 : -1)),
    activity: data.auditEntries.map((entry) => ({ at: entry.at, action: entry.action })),
  };
}

const RESPONSE_TEXTS: Record<string, MessageKey> = {
  open: "myData.response.open",
  answered: "myData.response.answered",
  skipped: "myData.response.skipped",
  snoozed: "myData.response.snoozed",
  replaced: "myData.response.replaced",
};

const ACTION_TEXTS: Record<string, MessageKey> = {
  "export.created": "myData.action.exportCreated",
  "roles.changed": "myData.action.rolesChanged",
  "config.changed": "myData.action.configChanged",
  "data.exported": "myData.action.dataExported",
  "data.deleted": "myData.action.dataDeleted",
};

/** The copy as a Markdown document a person reads in any text editor; typed text opens no Markdown. */
export function personalCopyMarkdown(copy: PersonalCopy, reader: Reader): string {
  const { t, locale, timeZone } = reader;
  const when = (instant: string) => formatDateAndTime(instant, locale, timeZone);
  const inline = escapeMarkdownInline;
  const lines: string[] = [
    `# ${t("myData.doc.title")}`,
    "",
    t("myData.doc.exportedAt", { date: when(copy.exportedAt) }),
  ];

  lines.push("", `## ${t("myData.doc.you")}`, "");
  const you = copy.you;
  const fact = (key: MessageKey, value: string | undefined) => {
    if (value) lines.push(`- ${t(key)}: ${inline(value)}`);
  };
  fact("myData.doc.name", you.name);
  fact("myData.doc.group", you.group);
  fact("myData.doc.preferredTime", you.preferredTime);
  fact(
    "myData.doc.language",
    you.language ? t(you.language === "en" ? "language.option.en" : "language.option.de") : undefined,
  );
  fact(
    "myData.doc.namedAttribution",
    you.namedAttribution === undefined ? undefined : t(you.namedAttribution ? "myData.doc.yes" : "myData.doc.no"),
  );
  const day = (isoDate: string) => formatCalendarDate(isoDate, locale);
  fact("myData.doc.pausedUntil", you.pausedUntil && day(you.pausedUntil));
  for (const holiday of you.holidays) fact("myData.doc.holiday", `${day(holiday.from)} – ${day(holiday.to)}`);

  lines.push("", `## ${t("myData.doc.answers", { count: copy.answers.length })}`);
  for (const answer of copy.answers) {
    lines.push("", `### ${when(answer.savedAt)} · ${inline(answer.area)} · ${inline(answer.dimension)}`, "");
    lines.push(`**${t("myData.doc.question")}** ${inline(answer.question)}`, "");
    lines.push(`**${t("myData.doc.answer")}**`, "", escapeMarkdownParagraph(answer.answer));
    if (answer.evidence) lines.push("", `**${t("answer.evidence")}:** ${inline(answer.evidence)}`);
    for (const document of answer.documents ?? [])
      lines.push(
        "",
        `**${t("answer.evidence")}:** ${[document.title, document.date, document.place]
          .filter(Boolean)
          .map((part) => inline(part ?? ""))
          .join(" · ")}`,
      );
    if (answer.conclusion)
      lines.push("", t(answer.conclusion === "decided" ? "answer.status.decided" : "answer.status.proposal"));
    if (answer.changedAt) lines.push("", t("myData.doc.changedAt", { date: when(answer.changedAt) }));
    for (const earlier of answer.earlierVersions)
      lines.push(
        "",
        `**${t("myData.doc.earlier", { date: when(earlier.replacedAt) })}**`,
        "",
        escapeMarkdownParagraph(earlier.text),
      );
  }

  lines.push("", `## ${t("myData.doc.questionsSent", { count: copy.questionsSent.length })}`, "");
  for (const sent of copy.questionsSent)
    lines.push(
      `- ${when(sent.at)} · ${inline(sent.area)} · ${inline(sent.question)} – ${t(RESPONSE_TEXTS[sent.response] ?? "myData.response.open")}`,
    );

  lines.push("", `## ${t("myData.doc.activity")}`, "");
  for (const entry of copy.activity)
    lines.push(`- ${when(entry.at)} · ${t(ACTION_TEXTS[entry.action] ?? "myData.action.dataExported")}`);
  if (copy.activity.length === 0) lines.push(t("myData.doc.noActivity"));

  lines.push("", t("myData.doc.jsonHint"), "");
  return lines.join("\n");
}
