/**
 * Import boundaries and import cycles (`npm run lint`). The table in docs/architecture.md, as rules:
 * dependency-cruiser rather than ESLint's no-restricted-imports because it resolves every import
 * to a file, so one rule per folder covers `../store`, `../../bot/store/index` and a type-only
 * import alike, and it finds cycles through any number of files.
 */
const ALL_BUT = (...allowed) => `^(?!${allowed.join("|")})`;
const NODE_BUILTIN = { dependencyTypesNot: ["core"] };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import loop (type-only imports count): a newcomer cannot change one file of it alone.",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "bot/domain holds the pure rules: it imports nothing but itself and zod.",
      from: { path: "^bot/domain/" },
      to: { path: ALL_BUT("bot/domain/", "node_modules/zod/"), ...NODE_BUILTIN },
    },
    {
      name: "store-imports-domain-only",
      severity: "error",
      comment: "bot/store: repositories over Cosmos; they know the domain, nothing of flows, drafts or the bot.",
      from: { path: "^bot/store/" },
      to: {
        path: "^(bot/(flows|drafts|scheduling|exports|i18n|personal-data|presenters)/|bot/[^/]+\\.ts$|cards/|functions/)",
        pathNot: "^bot/(errors|logger)\\.ts$",
      },
    },
    {
      name: "drafts-import-domain-and-store-types",
      severity: "error",
      comment: "bot/drafts compiles drafts: domain and store types, never the conversation or the SDK edges.",
      from: { path: "^bot/drafts/" },
      to: {
        path: "^(bot/(flows|scheduling|exports|personal-data|presenters)/|bot/[^/]+\\.ts$|cards/|functions/)",
        pathNot: "^bot/(errors|logger)\\.ts$",
      },
    },
    {
      name: "scheduling-not-into-flows",
      severity: "error",
      comment:
        "The scheduler sends prompts without a turn: it may not import the flows (which need a TurnScope); cards come from bot/presenters.",
      from: { path: "^bot/scheduling/" },
      to: { path: "^(bot/flows/|bot/reflection-bot\\.ts$|functions/)" },
    },
    {
      name: "presenters-build-card-data-only",
      severity: "error",
      comment:
        "bot/presenters turn domain data into card data for a reader (language, time zone, roles): no flows, store, scheduler or SDK.",
      from: { path: "^bot/presenters/" },
      to: {
        path: "^(bot/(flows|store|scheduling|exports|drafts|personal-data)/|bot/(?!turn-scope\\.ts$)[^/]+\\.ts$|functions/)",
      },
    },
    {
      name: "cards-are-data",
      severity: "error",
      comment: "cards/: templates, schemas, render functions; they import no bot code but domain types.",
      from: { path: "^cards/" },
      to: { path: "^(bot/(?!domain/)|functions/)" },
    },
    {
      name: "only-functions-import-functions",
      severity: "error",
      comment: "functions/ is the composition root: nothing in bot/ or cards/ reaches back into it.",
      from: { path: "^(bot|cards)/" },
      to: { path: "^functions/" },
    },
    {
      name: "cosmos-only-in-store",
      severity: "error",
      comment: "@azure/cosmos stays behind the repositories.",
      from: { path: "^(bot|cards)/", pathNot: "^bot/store/" },
      to: { path: "node_modules/@azure/cosmos/" },
    },
    {
      name: "openai-only-in-drafts-llm",
      severity: "error",
      comment: "openai is imported in bot/drafts/llm only.",
      from: { path: "^(bot|cards|functions)/", pathNot: "^bot/drafts/llm/" },
      to: { path: "node_modules/openai/" },
    },
    {
      name: "botbuilder-outside-core",
      severity: "error",
      comment: "botbuilder stays in the conversation layer: never in domain, store, drafts or cards.",
      from: { path: "^(bot/(domain|store|drafts|presenters)/|cards/)" },
      to: { path: "node_modules/(botbuilder|botframework-)" },
    },
    {
      name: "azure-functions-only-in-functions",
      severity: "error",
      comment: "@azure/functions is imported in functions/ only.",
      from: { path: "^(bot|cards)/" },
      to: { path: "node_modules/@azure/functions/" },
    },
    {
      name: "drafts-load-on-first-use",
      severity: "error",
      comment:
        "The draft compiler, its writers and the export job load on first use (bot/lazy.ts), not when the app is built: the first request after a cold start does not pay for them. Types may be imported.",
      from: { path: "^(bot/flows/|bot/reflection-bot\\.ts$|functions/composition-root\\.ts$)" },
      to: {
        path: "^bot/(drafts/index\\.ts|drafts/word/|exports/draft-job\\.ts)",
        dependencyTypesNot: ["type-only", "dynamic-import"],
      },
    },
    {
      name: "production-not-into-tests",
      severity: "error",
      comment: "Shipped code never imports test or benchmark code.",
      from: { path: "^(bot|cards|functions|infra)/" },
      to: { path: "^(test|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|test/fixtures)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["require", "node", "default", "types"] },
  },
};
