// ESLint flat config, kept in .ci/ so the top level stays the agreed list. `npm run lint` names the
// source folders to lint; `basePath` makes the rules apply to the project root, not to this folder.
import { defineConfig } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  {
    basePath: "..",
    extends: [nextVitals, nextTypescript],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
