/**
 * A message typed into the chat that is no command: a short thanks gets a short reply; while a
 * prompt is open the text is offered as its answer (Speichern / Bearbeiten / Nein, nothing is
 * lost whichever is chosen); anything else gets the hint with the likeliest commands.
 */
import { z } from "zod";
import { cardInputs, renderNoticeCard, renderTypedAnswerCard, type CardButton, type CardVerb } from "../../cards";
import { commandPhrases, normalizeCommandText, type CommandId } from "../commands";
import { ANSWER_MAX_LENGTH, checkAnswerText } from "../domain/answer";
import { fillPrompt, findPrompt } from "../domain/catalog/prompt-catalog";
import type { Delivery } from "../domain/delivery";
import { isShortThanks, promptsAwaitingTypedAnswer } from "../domain/typed-message";
import { normaliseTypedText } from "../domain/typed-text";
import type { MessageKey } from "../i18n/translator";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { idSchema, readInput, typedTextSchema, type CardActionInput } from "./card-input";
import type { AnswerFlow } from "./answer-flow";
import type { FlowDeps } from "./flow-deps";
import { presentPrompt } from "../presenters/prompt-presenter";

const typedInput = z.object({ text: typedTextSchema });
/** Which prompt a typed text answers: the choice on the typed-answer card (or the button's own id). */
const targetedInput = typedInput.extend(cardInputs("typed-answer", { deliveryId: idSchema }));

/** A question on a button or choice is cut here; the card title names it in full when there is one. */
const CHOICE_TITLE_MAX = 120;

export function createTypedAnswerFlow(deps: FlowDeps, answers: AnswerFlow) {
  const { repos } = deps;

  async function openPrompts(scope: TurnScope): Promise<{ delivery: Delivery; question: string }[]> {
    const org = scope.org;
    if (!org) return [];
    const open = await repos.deliveries.listOpenForMember(scope.member.orgId, scope.member.memberId);
    return promptsAwaitingTypedAnswer(open, scope.now).flatMap((delivery) => {
      const prompt = findPrompt(delivery.promptId);
      return prompt ? [{ delivery, question: fillPrompt(prompt.text, org, scope.locale) }] : [];
    });
  }

  /** The offer card for `text` and the open prompts (at least one). */
  function offer(scope: TurnScope, text: string, open: { delivery: Delivery; question: string }[]): FlowResult {
    const { t } = scope;
    const [only] = open;
    const isSeveral = open.length > 1;
    const target: Record<string, string> = isSeveral || !only ? {} : { deliveryId: only.delivery.deliveryId };
    const length = [...text].length;
    if (checkAnswerText(text) === "tooLong")
      return cardResult(
        renderTypedAnswerCard({
          title: t("typedAnswer.tooLong.title", {
            length: formatCount(scope, length),
            max: formatCount(scope, ANSWER_MAX_LENGTH),
          }),
          typedLabel: t("typedAnswer.typedLabel"),
          typed: text,
          choiceLabel: t("typedAnswer.choiceLabel"),
          choices: isSeveral ? choicesOf(open) : [],
          lines: [t("typedAnswer.tooLong.text")],
          actions: [
            { title: t("typedAnswer.shorten"), verb: "typed.edit", data: { ...target, text }, style: "positive" },
          ],
        }),
      );
    return cardResult(
      renderTypedAnswerCard({
        title: isSeveral || !only ? t("typedAnswer.titleSeveral") : t("typedAnswer.title", { question: only.question }),
        typedLabel: t("typedAnswer.typedLabel"),
        typed: text,
        choiceLabel: t("typedAnswer.choiceLabel"),
        choices: isSeveral ? choicesOf(open) : [],
        lines: [t("typedAnswer.nothingLost")],
        actions: [
          { title: t("typedAnswer.save"), verb: "typed.save", data: { ...target, text }, style: "positive" },
          { title: t("typedAnswer.edit"), verb: "typed.edit", data: { ...target, text } },
          { title: t("typedAnswer.no"), verb: "typed.no", data: { text } },
        ],
      }),
    );
  }

  /** The text, shown to copy, when the prompt it was meant for is gone. */
  function noOpenPrompt(scope: TurnScope, text: string): FlowResult {
    return cardResult(
      renderNoticeCard({
        title: scope.t("typedAnswer.noOpenPrompt"),
        // A card action may arrive without the text (a forged or truncated card): then there is nothing to show.
        lines: text.trim() === "" ? [] : [text],
        actions: [{ title: scope.t("hint.button.prompt"), verb: "prompt.new" }],
      }),
    );
  }

  async function ownOpenDelivery(scope: TurnScope, deliveryId: string): Promise<Delivery | undefined> {
    const delivery = await repos.deliveries.get(scope.member.orgId, deliveryId);
    return delivery && delivery.memberId === scope.member.memberId ? delivery : undefined;
  }

  return {
    /** A typed message that is no command. */
    async fromMessage(scope: TurnScope, typed: string): Promise<FlowResult> {
      const text = normaliseTypedText(typed).trim();
      if (isShortThanks(text)) return textResult(scope.t("thanks.reply"));
      if (text) {
        const open = await openPrompts(scope);
        if (open.length > 0) return offer(scope, text, open);
      }
      return unknownHint(scope, text);
    },

    /** "Speichern": stored through the prompt card's own submit (one answer per prompt, retries converge). */
    async save(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { deliveryId, text } = readInput(input, targetedInput);
      if (!(await ownOpenDelivery(scope, deliveryId))) return noOpenPrompt(scope, text);
      return answers.submit(scope, { verb: "answer.submit", data: { deliveryId, answer: text } });
    },

    /** "Bearbeiten" / "Kürzen": the prompt card with the text in its field (and why, when it is too long). */
    async edit(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { deliveryId, text } = readInput(input, targetedInput);
      const delivery = await ownOpenDelivery(scope, deliveryId);
      const prompt = delivery && findPrompt(delivery.promptId);
      if (!scope.org || !delivery || !prompt) return noOpenPrompt(scope, text);
      const isTooLong = checkAnswerText(text) === "tooLong";
      return presentPrompt({
        scope,
        org: scope.org,
        prompt,
        deliveryId,
        kept: { answer: text, evidence: "" },
        ...(isTooLong
          ? { notice: scope.t("answer.problem.tooLong", { length: [...text].length, max: ANSWER_MAX_LENGTH }) }
          : {}),
        isFollowUp: delivery.kind === "followUp",
      });
    },

    /** "Nein": nothing stored, the text stays on the card with "Doch speichern". */
    no(scope: TurnScope, input: CardActionInput): FlowResult {
      const { text } = readInput(input, typedInput);
      return cardResult(
        renderNoticeCard({
          title: scope.t("typedAnswer.dismissed.title"),
          lines: [text, scope.t("typedAnswer.dismissed.text")].filter((line) => line.trim() !== ""),
          actions: text ? [{ title: scope.t("typedAnswer.saveAfterAll"), verb: "typed.offer", data: { text } }] : [],
        }),
      );
    },

    /** "Doch speichern": the offer again, for the prompts open now. */
    async offerAgain(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { text } = readInput(input, typedInput);
      const open = await openPrompts(scope);
      return open.length > 0 && text ? offer(scope, text, open) : noOpenPrompt(scope, text);
    },
  };
}

function choicesOf(open: { delivery: Delivery; question: string }[]) {
  return open.map(({ delivery, question }) => ({
    title:
      [...question].length > CHOICE_TITLE_MAX ? `${[...question].slice(0, CHOICE_TITLE_MAX - 1).join("")}…` : question,
    value: delivery.deliveryId,
  }));
}

function formatCount(scope: TurnScope, count: number): string {
  return count.toLocaleString(scope.locale === "de" ? "de-DE" : "en-GB");
}

interface Suggestion {
  command: CommandId;
  title: MessageKey;
  verb: CardVerb;
}

const STAFF_SUGGESTIONS: Suggestion[] = [
  { command: "prompt", title: "hint.button.prompt", verb: "prompt.new" },
  { command: "myAnswers", title: "hint.button.myAnswers", verb: "answers.list" },
  { command: "help", title: "hint.button.help", verb: "help" },
];
const PROGRESS: Suggestion = { command: "progress", title: "hint.button.progress", verb: "progress.show" };
const OVERVIEW: Suggestion = { command: "overview", title: "hint.button.overview", verb: "overview.open" };

/** "Das habe ich leider nicht verstanden" with the three commands the text most resembles as buttons. */
export function unknownHint(scope: TurnScope, text: string): FlowResult {
  const { t, roles } = scope;
  const candidates = [...STAFF_SUGGESTIONS];
  if (roles.has("manager") || roles.has("qualityOfficer")) candidates.push(PROGRESS);
  if (roles.has("qualityOfficer")) candidates.push(OVERVIEW);
  const typed = normalizeCommandText(text);
  const ranked = candidates
    .map((suggestion, order) => ({ suggestion, order, score: resemblance(typed, suggestion.command) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 3);
  const actions: CardButton[] = ranked.map(({ suggestion }) => ({ title: t(suggestion.title), verb: suggestion.verb }));
  return cardResult(renderNoticeCard({ title: t("hint.unknown.title"), lines: [t("hint.unknown.text")], actions }));
}

/** How much of a command's best phrase the text shares, as character pairs (Dice coefficient). */
function resemblance(typed: string, command: CommandId): number {
  const pairs = (text: string) => {
    const result = new Set<string>();
    for (let i = 0; i + 1 < text.length; i++) result.add(text.slice(i, i + 2));
    return result;
  };
  const typedPairs = pairs(typed);
  if (typedPairs.size === 0) return 0;
  return Math.max(
    ...commandPhrases(command).map((phrase) => {
      const phrasePairs = pairs(normalizeCommandText(phrase));
      let shared = 0;
      for (const pair of phrasePairs) if (typedPairs.has(pair)) shared++;
      return phrasePairs.size === 0 ? 0 : (2 * shared) / (typedPairs.size + phrasePairs.size);
    }),
  );
}
