// One ESLint run for the whole repository: `npm run lint` (with --max-warnings 0).
// typescript-eslint's recommended set, import cycles (import-x), architecture boundaries
// (boundaries) and process.env only in packages/config.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = dirname(fileURLToPath(import.meta.url));

// Every tsconfig of the repository: the resolver reads their `paths` (the apps' `~/*`) and
// resolves @commerce/<pkg>[/<subpath>] through each workspace's package.json "exports" (.ts source).
const tsconfigs = [
  // tsconfig.json is the solution file (references only); tsconfig.tests.json holds tests, e2e, scripts.
  ...readdirSync(root).filter((name) => /^tsconfig.*\.json$/.test(name)),
  ...["apps", "packages"].flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, dir, entry.name, "tsconfig.json")))
      .map((entry) => `${dir}/${entry.name}/tsconfig.json`),
  ),
];
const resolverOptions = { alwaysTryTypes: true, project: tsconfigs, noWarnOnMultipleProjects: true };

// The entry points of each package: "@commerce/<pkg>" plus each subpath its package.json exports.
// An app may import a package only through one of these.
const packageEntries = readdirSync(join(root, "packages"))
  .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
  .flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    return Object.keys(manifest.exports ?? {}).map((subpath) => `${manifest.name}${subpath.slice(1)}`);
  });

const entryMessage = "Import a package through its entry point (@commerce/<pkg> or a subpath its package.json exports), not by file path.";
const processEnvMessage = "Read settings through config() from @commerce/config; process.env is read only in packages/config.";
const processEnvSyntax = [
  { selector: "MemberExpression[object.name='process'][property.value='env']", message: processEnvMessage },
  { selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']", message: processEnvMessage },
];

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/.next/",
    "**/.turbo/",
    "**/.cache/",
    "**/.tsbuild/",
    "**/dist/",
    "**/generated/",
    "**/next-env.d.ts",
    ".run/",
    "test-results/",
    "playwright-report/",
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: "commerce/base",
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: "commerce/browser",
    files: ["apps/{web,admin,pos}/src/**/*.{ts,tsx}", "packages/ui/src/**/*.{ts,tsx}", "e2e/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },

  // No import cycles anywhere (import-x resolves TypeScript and the workspaces' exports).
  {
    name: "commerce/imports",
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver(resolverOptions)],
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Only what a package.json "exports" declares resolves, so this also keeps deep paths
      // (@commerce/<pkg>/src/...) out: a package is entered through its entry points.
      "import-x/no-unresolved": "error",
    },
  },

  // Architecture boundaries.
  {
    name: "commerce/boundaries",
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { boundaries },
    settings: {
      // boundaries resolves through eslint-module-utils, which reads the legacy resolver setting.
      "import/resolver": { typescript: resolverOptions },
      "boundaries/root-path": root,
      "boundaries/include": ["apps/**", "packages/**", "tooling/**", "scripts/**", "e2e/**", "tests/**", "*.ts"],
      "boundaries/elements": [
        { type: "domain", pattern: "packages/api/src/domains/*", capture: ["domain"], partialMatch: false },
        { type: "workflow", pattern: "packages/api/src/workflows", partialMatch: false },
        { type: "package", pattern: "packages/*", capture: ["pkg"], partialMatch: false },
        { type: "app", pattern: "apps/*", capture: ["app"], partialMatch: false },
        { type: "tooling", pattern: "tooling/*", capture: ["tool"], partialMatch: false },
        { type: "harness", pattern: "{scripts,e2e,tests}", partialMatch: false },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          // The last policy that matches decides.
          policies: [
            // (b) Apps (and tooling, scripts, tests, root config files) reach packages only through
            // their entry points: "@commerce/<pkg>" or one of the subpaths its package.json exports.
            {
              from: [{ element: { type: ["app", "tooling", "harness"] } }, { element: { isUnknown: true } }],
              disallow: { to: { element: { type: ["package", "domain", "workflow"] } } },
              message: entryMessage,
            },
            // A package reaches another package the same way (its own files by relative path).
            {
              from: { element: { type: "package" } },
              disallow: { to: { element: { type: "package", captured: { pkg: "!{{ from.element.captured.pkg }}" } } } },
              message: entryMessage,
            },
            {
              from: { element: { type: "package", captured: { pkg: "!api" } } },
              disallow: { to: { element: { type: ["domain", "workflow"] } } },
              message: entryMessage,
            },
            {
              from: { element: { type: ["domain", "workflow"] } },
              disallow: { to: { element: { type: "package", captured: { pkg: "!api" } } } },
              message: entryMessage,
            },
            { allow: { dependency: { source: packageEntries } } },
            // (a) A domain never imports another domain: domains meet in packages/api/src/workflows
            // or through events. Workflows may import domains; a domain's router may import workflows.
            {
              from: { element: { type: "domain" } },
              disallow: { to: { element: { type: "domain", captured: { domain: "!{{ from.element.captured.domain }}" } } } },
              message:
                "Domain '{{ from.element.captured.domain }}' may not import domain '{{ to.element.captured.domain }}': domains meet in packages/api/src/workflows or through an event.",
            },
          ],
        },
      ],
    },
  },

  // The unscoped database client is made once per process (the apps' platform, the worker) and
  // handed to unscoped.ts; services get the scoped one on their context. Tests and tools make their own.
  {
    name: "commerce/unscoped-client",
    files: ["**/*.{ts,tsx}"],
    ignores: [
      "packages/db/**",
      "packages/api/src/platform.ts",
      "packages/api/src/testing.ts",
      "packages/api/src/audit-verify-cli.ts",
      "apps/worker/src/main.ts",
      "**/*.test.ts",
      "tests/**",
      "scripts/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@commerce/db",
              importNames: ["db", "createDb"],
              message:
                "Use ctx.db (scoped to the caller) or a named method of packages/api/src/unscoped.ts; the unscoped client is made only where a process starts.",
            },
          ],
        },
      ],
    },
  },

  // Root-level files belong to no element: keep them off package internals too.
  {
    name: "commerce/root-files",
    files: ["*.{ts,js,mjs}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)packages/", message: entryMessage }] }] },
  },

  // (c) process.env is read in packages/config only; everything else asks config().
  {
    name: "commerce/process-env",
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: processEnvMessage }],
      "no-restricted-syntax": ["error", ...processEnvSyntax],
    },
  },
  {
    name: "commerce/process-env/config",
    files: ["packages/config/**"],
    rules: { "no-restricted-properties": "off", "no-restricted-syntax": "off" },
  },
  {
    // Next replaces process.env.NODE_ENV and process.env.NEXT_RUNTIME with literals when it bundles
    // (also for the browser and the edge runtime, where config() cannot run). Those two only.
    name: "commerce/process-env/next-inlined",
    files: ["apps/{web,admin,pos}/src/**/*.{ts,tsx}", "packages/ui/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: `MemberExpression[object.name='process'][property.name='env']:not(MemberExpression[property.name=/^(NODE_ENV|NEXT_RUNTIME)$/][computed=false] > MemberExpression.object)`,
          message: `${processEnvMessage} (Only process.env.NODE_ENV and process.env.NEXT_RUNTIME, which Next inlines, are allowed here.)`,
        },
        ...processEnvSyntax,
      ],
    },
  },
  {
    // Runs before and outside any validated configuration: the Next config and server launcher
    // (tooling/next sets NODE_ENV for Next and reads each app's public URL at build time), the
    // Prisma CLI's config (migrate and generate run with only DATABASE_URL set), and the test and
    // bench harnesses, whose knobs (ports, seeds, admin database URL, FUZZ_*, BENCH_*) are not
    // platform settings and which hand the environment on to the processes they start.
    name: "commerce/process-env/harness-and-tooling",
    files: [
      "tooling/next/**",
      "packages/db/prisma.config.ts",
      "packages/db/src/testing.ts",
      "*.config.{ts,js,mjs}",
      "tests/**",
      "scripts/**",
      "e2e/**",
      "**/*.integration.test.ts",
    ],
    rules: { "no-restricted-properties": "off", "no-restricted-syntax": "off" },
  },
);
