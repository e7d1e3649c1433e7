// ESLint 9 flat config: typescript-eslint, react-hooks, jsx-a11y, and the layer rules of STYLE.md
// (app -> features -> store -> domain; features never import a sibling; components never import
// store or features), enforced with no-restricted-imports per folder.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";
import { readdirSync } from "node:fs";

const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const ui = ["react", "react-dom", "react-dom/*", "zustand", "zustand/*", "recharts", "react-simple-maps", "react-simple-maps/*"];
const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "coverage", "tests/perf/last-run.json", "tests/e2e/artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render data as text only." },
      ],
    },
  },
  {
    files: ["src/domain/**"],
    rules: restrict(
      ["**/store/**", "**/features/**", "**/components/**", "**/app/**", "**/data/**", "**/i18n/**", ...ui],
      "src/domain is pure: no React, store, UI libraries or upper layers.",
    ),
  },
  {
    files: ["src/data/**"],
    rules: restrict(["**/store/**", "**/features/**", "**/components/**", "**/app/**", ...ui], "src/data only loads and validates."),
  },
  {
    files: ["src/i18n/**"],
    rules: restrict(
      ["**/store/**", "**/features/**", "**/components/**", "**/app/**", "**/data/**", "zustand", "zustand/*", "recharts", "react-simple-maps", "react-simple-maps/*"],
      "src/i18n (the interface language and its messages) sits on the domain only.",
    ),
  },
  {
    files: ["src/store/**"],
    rules: restrict(["**/features/**", "**/app/**", "recharts", "react-simple-maps", "react-simple-maps/*"], "The store sits under features and app."),
  },
  {
    files: ["src/components/**"],
    rules: restrict(["**/store/**", "**/features/**", "**/app/**", "**/data/**"], "Shared components are presentational: pass data in as props."),
  },
  ...FEATURES.map((f) => ({
    files: [`src/features/${f}/**`],
    rules: restrict(
      ["**/app/**", ...FEATURES.filter((g) => g !== f).flatMap((g) => [`../${g}/*`, `**/features/${g}/**`])],
      `Features never import each other (${f}); put shared code in components, store or domain.`,
    ),
  })),
  {
    files: ["tests/**", "scripts/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
