// ESLint: code-level rules, with typescript-eslint's type-checked preset over every TypeScript file
// the compiler sees. Import boundaries and import cycles are dependency-cruiser's job
// (.dependency-cruiser.cjs: it resolves paths, so one table of folders covers relative imports too);
// unused files, exports and dependencies are knip's (knip.json). `npm run lint` runs all three.
//
// Rules switched off or narrowed here, each with its reason (nothing else is, and no file disables
// a rule inline without a comment saying why):
// - no-control-regex, in the sanitisers listed below only: matching control characters is what
//   those expressions are for (typed text, WordprocessingML, Teams file names).
// - @typescript-eslint/require-await, in test/ and bench/ only: test doubles implement async
//   interfaces with `async () => value`, the plainest way to return a settled promise.
// - @typescript-eslint/no-unsafe-assignment, in test/ only: jest's asymmetric matchers
//   (`expect.any(Number)`, `expect.stringContaining(…)`) are typed `any` by @types/jest; reading
//   parsed JSON as `any` is still caught there by no-unsafe-member-access/-call/-return.
// - @typescript-eslint/no-unused-vars: a leading underscore marks a parameter an interface demands or
//   a property taken out of an object with rest destructuring (`{ etag: _etag, ...rest }`).
// - prefer-const ignores a `let` read by a closure before its one assignment (the composition root
//   hands out a notifier before the endpoint it calls exists).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      ".data/**",
      "**/*.js",
      "**/*.cjs",
      "**/*.mjs",
      "test/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: [
      "bot/domain/typed-text.ts",
      "bot/drafts/word/wordml-xml.ts",
      "bot/teams-activity.ts",
      "test/fuzz/draft-writers.test.ts",
      "test/unit/domain/typed-text.test.ts",
    ],
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
);
