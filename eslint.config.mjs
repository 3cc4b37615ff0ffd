import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-tsc/", "out/", "coverage/", "lib/", "bin/", "*.config.js", "*.config.mjs"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // Plain CommonJS scripts Node preloads (node --require): require is how they load.
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Only src/office may touch the Office.js Excel object model.
    files: [
      "src/core/**/*.ts",
      "src/app/**/*.ts",
      "src/workbook/**/*.ts",
      "src/xlsx/**/*.ts",
      "src/cli/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
    ],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "Only src/office/ may use Excel.*" }],
    },
  },
);
