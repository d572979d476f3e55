/** Adaptive Card templates, each with the zod schema of its data and one render function. */
export type { AdaptiveCard } from "./render-card";
export { escapeListMarkers } from "./list-markers";
export type { CardAction, CardButton } from "./card-action";
export { CARD_VERBS, isCardVerb, type CardVerb } from "./card-verbs";
export { renderWelcomeCard, type WelcomeCardData } from "./welcome-card";
export { renderHelpCard, type HelpCardData } from "./help-card";
export { renderPromptCard, type PromptCardData } from "./prompt-card";
export { renderNoticeCard, type NoticeCardData } from "./notice-card";
export { renderSavedAnswerCard, type SavedAnswerCardData } from "./saved-answer-card";
export { renderAnswerListCard, type AnswerListCardData } from "./answer-list-card";
export { renderSettingsCard, type SettingsCardData } from "./settings-card";
export { renderSetupCard, type SetupCardData, type SetupCardField, type SetupCardSection } from "./setup-card";
export { renderProgressCard, type ProgressCardData } from "./progress-card";
export { renderProgressAreaCard, type ProgressAreaCardData } from "./progress-area-card";
export { renderExportRequestCard, type ExportRequestCardData } from "./export-request-card";
export { renderReportBasisCard, type ReportBasisCardData } from "./report-basis-card";
export { renderTypedAnswerCard, type TypedAnswerCardData } from "./typed-answer-card";
