// Own flat config: office-addin-lint's default skips .tsx files.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The plugin's recommended config limits its Office.js rules to .ts/.js; take the rules, apply them to .tsx too.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([k]) => k.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", ".cache/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    plugins: { "office-addins": officeAddins, react, "react-hooks": reactHooks },
    settings: { react: { version: "18" } },
    rules: {
      ...officeRules,
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The batch command runs in Node and never touches Office.js: the add-in's Office rules do not apply.
    files: ["src/cli/**/*.ts"],
    rules: Object.fromEntries(Object.keys(officeRules).map((regel) => [regel, "off"])),
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    // The code outside the core imports it as one module (src/core/index.ts), so that the bundle keeps the core in
    // one scope (webpack.config.js, docs/performance.md).
    files: ["src/functions/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/core/*"], message: 'Importera kärnan genom src/core/index.ts ("../core").' }] },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts", "test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
