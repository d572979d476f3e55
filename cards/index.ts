/** Adaptive Card templates, each with the zod schema of its data and one render function. */
export type { AdaptiveCard } from "./render-card";
export type { CardAction } from "./card-action";
export { renderWelcomeCard, type WelcomeCardData } from "./welcome-card";
export { renderHelpCard, type HelpCardData } from "./help-card";
