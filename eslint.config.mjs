/* Lint: typescript-eslint, Office add-in rules, and the layer rules of ARCHITECTURE.md. */
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The plugin's "recommended" is a flat-config array that also brings its own typescript-eslint and
// prettier; we take its Office rules from it and run prettier separately (format:check).
const officeRecommended = officeAddins.configs.recommended.find(
  (config) => config.plugins?.["office-addins"],
);
const officeRules = Object.fromEntries(
  Object.entries(officeRecommended?.rules ?? {}).filter(([name]) => name.startsWith("office-addins/")),
);

const pureReason =
  "src/domain and src/workbook are the pure core: no React, Fluent, Office, DOM, Node or ExcelJS (ARCHITECTURE.md, Layers).";
const impureModules = [
  "react",
  "react-dom",
  "react/*",
  "@fluentui/*",
  "exceljs",
  "fs",
  "path",
  "os",
  "child_process",
  "node:*",
  "office-*",
  "@microsoft/office-js",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "out/**",
      "node_modules/**",
      "coverage/**",
      ".cache/**",
      "test/e2e/__screenshots__/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-checked rules: floating promises, needless assertions, unsafe any and the like are errors.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Ports and fakes implement async interfaces: an async method that needs no await is the plain form.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Jest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`, and spies take
    // methods off their objects: idiomatic in tests, not in the product.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // Excel requires custom functions to throw CustomFunctions.Error, which is not an Error subclass.
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/only-throw-error": "off" },
  },
  {
    // Office.js proxy rules where Office.js is used. ExcelJS (src/xlsx, the CLI) has look-alike method
    // names (getCell, load) that these rules would misread as Office proxies.
    files: [
      "src/excel/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
      "src/functions/**/*.ts",
      "test/adapter/**/*.ts",
      "test/fakes/**/*.ts",
    ],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/taskpane/index.tsx", "src/functions/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name=/^(Office|Excel)$/]",
          message:
            "Only src/excel (and the pane's composition root) touch Office.js (ARCHITECTURE.md, Layers).",
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: impureModules.map((group) => ({ group: [group], message: pureReason })) },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: pureReason },
        { name: "Excel", message: pureReason },
        { name: "window", message: pureReason },
        { name: "document", message: pureReason },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name=/^(Office|Excel|CustomFunctions)$/]", message: pureReason },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
);
