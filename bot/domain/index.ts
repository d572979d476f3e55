/** The domain's public surface: pure rules and types, importing only zod. */
export * from "./quality-models";
export * from "./catalog/prompt-catalog";
export * from "./org-config";
export * from "./member";
export * from "./answer";
export * from "./delivery";
export * from "./ids";
export * from "./clock";
export * from "./coverage-types";
export * from "./coverage";
export * from "./calendar";
export * from "./cycle";
export * from "./schedule";
export * from "./cell-index";
export * from "./prompt-history";
export * from "./rotation";
export * from "./due-prompts";
