/** The LLM drafter (OpenAI or Azure OpenAI) behind the Drafter interface. */
export { createLlmDrafter } from "./llm-drafter";
export type { LlmDrafterOptions, LlmSettings } from "./llm-settings";
