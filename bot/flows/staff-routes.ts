/** The staff member's commands and card verbs: prompts, answers, own answers, preferences, own data. */
import type { TurnScope } from "../turn-scope";
import { createAnswerFlow } from "./answer-flow";
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";
import { createMyAnswersFlow } from "./my-answers-flow";
import { createMyDataFlow } from "./my-data-flow";
import { createPreferencesFlow } from "./preferences-flow";
import { createPromptFlow } from "./prompt-flow";
import { createTypedAnswerFlow } from "./typed-answer-flow";

export function staffRoutes(deps: FlowDeps): FlowRoutes {
  const prompts = createPromptFlow(deps);
  const answers = createAnswerFlow(deps);
  const myAnswers = createMyAnswersFlow(deps);
  const preferences = createPreferencesFlow(deps);
  const myData = createMyDataFlow(deps);
  const typed = createTypedAnswerFlow(deps, answers);
  return {
    typedText: (scope, text) => typed.fromMessage(scope, text),
    commands: {
      prompt: (scope) => prompts.ask(scope),
      myAnswers: (scope, args) => myAnswers.fromCommand(scope, args),
      pause: (scope, args) => preferences.pause(scope, args),
      vacation: (scope, args) => preferences.vacation(scope, args),
      resume: (scope) => preferences.resume(scope),
      language: (scope, args) => preferences.language(scope, args),
      settings: (scope) => preferences.show(scope),
      myData: (scope) => myData.exportMine(scope),
      deleteAll: (scope) => myData.confirmDeleteAll(scope),
    },
    actions: {
      "prompt.new": (scope) => prompts.ask(scope),
      "prompt.show": (scope, input) =>
        prompts.show(scope, typeof input.data.deliveryId === "string" ? input.data.deliveryId : ""),
      "prompt.another": (scope, input) => prompts.another(scope, input),
      "prompt.skip": (scope, input) => prompts.skip(scope, input),
      "prompt.snooze": (scope, input) => prompts.snooze(scope, input),
      "prompt.unsnooze": (scope, input) => prompts.unsnooze(scope, input),
      "prompt.followUp": (scope, input) => prompts.followUp(scope, input),
      "answer.submit": (scope, input) => answers.submit(scope, input),
      "answer.open": (scope, input) => answers.open(scope, input),
      "answer.edit": (scope, input) => answers.edit(scope, input),
      "answer.saveEdit": (scope, input) => answers.saveEdit(scope, input),
      "answer.deleteConfirm": (scope, input) => answers.confirmDelete(scope, input),
      "answer.delete": (scope, input) => answers.remove(scope, input),
      "answers.list": (scope, input) => myAnswers.fromCard(scope, input),
      "typed.save": (scope, input) => typed.save(scope, input),
      "typed.edit": (scope, input) => typed.edit(scope, input),
      "typed.no": (scope, input) => typed.no(scope, input),
      "typed.offer": (scope, input) => typed.offerAgain(scope, input),
      "settings.save": (scope, input) => preferences.save(scope, input),
      "data.deleteAll": (scope) => myData.deleteAll(scope),
      "data.deleteAllCancel": (scope) => myData.cancelDeleteAll(scope),
    },
    readAhead: {
      "answer.submit": (sender, input) => answers.submitReadingAhead(sender, input),
    },
  };
}

/** The settings card titled for onboarding, sent after the welcome on first install. */
export function onboardingCard(deps: FlowDeps, scope: TurnScope) {
  return createPreferencesFlow(deps).onboarding(scope);
}
