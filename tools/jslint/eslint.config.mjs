// nano's bootstrap JS is ES modules run in a bare V8 context: the only
// globals are ECMAScript's (and WebAssembly). Everything else must be
// imported, so an undefined name fails the lint (and a missing export fails
// the snapshot build, when V8 links the modules).
import globals from "globals";

export default [
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2025,
      sourceType: "module",
      globals: { ...globals.builtin, WebAssembly: "readonly" },
    },
    rules: {
      "no-undef": "error",
      "no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
      "no-redeclare": "error",
      "no-shadow-restricted-names": "error",
      "no-import-assign": "error",
      "no-dupe-class-members": "error",
      "import-unused": "off",
    },
  },
];
