/** Adaptive Card templates, each with the zod schema of its data and one render function. */
export type { AdaptiveCard } from "./render-card";
export { escapeListMarkers } from "./list-markers";
export type { CardButton } from "./card-action";
export { CARD_VERBS, isCardVerb, type CardVerb } from "./card-verbs";
export { cardInputs, type SetupInputId } from "./card-inputs";
export { renderWelcomeCard } from "./welcome-card";
export { renderHelpCard } from "./help-card";
export { renderPromptCard } from "./prompt-card";
export { renderNoticeCard } from "./notice-card";
export { renderSavedAnswerCard } from "./saved-answer-card";
export { renderAnswerListCard } from "./answer-list-card";
export { renderSettingsCard } from "./settings-card";
export { renderSetupCard, type SetupCardField, type SetupCardSection } from "./setup-card";
export { renderProgressCard, type ProgressCardData } from "./progress-card";
export { renderProgressAreaCard, type ProgressAreaCardData } from "./progress-area-card";
export { renderExportRequestCard } from "./export-request-card";
export { renderReportBasisCard } from "./report-basis-card";
export { renderTypedAnswerCard } from "./typed-answer-card";
