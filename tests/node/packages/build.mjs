// Bundles every fixture app the way `wrangler deploy` (wrangler 4.164.0) bundles a modules Worker with
// compatibility_flags ["nodejs_compat"], writing <app>/dist/index.js (+ .map) and <app>/dist/analysis.json.
//
// Mirrored from wrangler-dist/cli.js (src/deployment-bundle/bundle.ts `bundleWorker`, called from deploy with
// bundle: true, keepNames: true, sourcemap: true, minify: undefined, targetConsumer "deploy"), and
// esbuild-plugins/hybrid-nodejs-compat.ts (nodejs_compat "v2" mode: unenv + @cloudflare/unenv-preset).
// esbuild, unenv and @cloudflare/unenv-preset are the copies wrangler itself resolves (tools/node_modules).
//
// Usage: node build.mjs [app ...]      (default: all apps)
import { createRequire } from "node:module";
import { pathToFileURL, fileURLToPath } from "node:url";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.dirname(fileURLToPath(import.meta.url));
export const APPS = ["better-auth", "hono-context-storage", "jsonwebtoken", "bcryptjs", "logger", "events", "react-ssr", "jose"];
export const COMPATIBILITY_DATE = "2026-11-01";
export const COMPATIBILITY_FLAGS = ["nodejs_compat"];

// Resolve exactly as wrangler's bundled CJS `require` does (from wrangler-dist/cli.js).
const wranglerRequire = createRequire(path.join(ROOT, "tools/node_modules/wrangler/wrangler-dist/cli.js"));
const esbuild = wranglerRequire("esbuild");
const { defineEnv } = await import(pathToFileURL(wranglerRequire.resolve("unenv")));
// "." of @cloudflare/unenv-preset is import-only, so take its "import" target from package.json.
const presetPkg = wranglerRequire.resolve("@cloudflare/unenv-preset/package.json");
const presetMain = JSON.parse(fs.readFileSync(presetPkg, "utf8")).exports["."].import;
const { getCloudflarePreset, nonPrefixedNodeModules } = await import(pathToFileURL(path.join(path.dirname(presetPkg), presetMain)));

// COMMON_ESBUILD_OPTIONS in bundle.ts.
const COMMON_ESBUILD_OPTIONS = {
  target: "es2024",
  supported: { "import-source": true, using: true },
  loader: { ".js": "jsx", ".mjs": "jsx", ".cjs": "jsx" },
};

// hybrid-nodejs-compat.ts: nodejsHybridPlugin({ compatibilityDate, compatibilityFlags }).
function nodejsHybridPlugin({ compatibilityDate, compatibilityFlags }) {
  return {
    name: "hybrid-nodejs_compat",
    setup(build) {
      const { alias, inject, external, polyfill } = defineEnv({
        presets: [getCloudflarePreset({ compatibilityDate, compatibilityFlags }), { alias: { debug: "debug" } }],
        npmShims: true,
      }).env;
      const nodeJsModuleRegexp = new RegExp(`^(${nonPrefixedNodeModules.join("|")}|node:.+)$`);

      // handleRequireCallsToNodeJSBuiltins: require("x") of a builtin becomes an ESM default import of "x".
      build.onResolve({ filter: nodeJsModuleRegexp }, (args) => {
        if (args.kind === "require-call") return { path: args.path, namespace: "node-built-in-modules" };
      });
      build.onLoad({ filter: /.*/, namespace: "node-built-in-modules" }, ({ path: p }) => ({
        contents: `import libDefault from '${p}';\nmodule.exports = libDefault;`,
        loader: "js",
      }));

      // handleUnenvAliasedPackages: builtins native in workerd are external; others go to unenv polyfills.
      const aliasAbsolute = {};
      for (const [mod, target] of Object.entries(alias)) {
        try {
          aliasAbsolute[mod] = wranglerRequire.resolve(target);
        } catch {
          // wrangler skips aliases it cannot resolve too
        }
      }
      const UNENV_ALIAS_RE = new RegExp(`^(${Object.keys(aliasAbsolute).join("|")})$`);
      build.onResolve({ filter: UNENV_ALIAS_RE }, (args) => {
        const target = alias[args.path];
        if (args.kind === "require-call" && (target.startsWith("unenv/npm/") || target.startsWith("unenv/mock/"))) {
          return { path: args.path, namespace: "required-unenv-alias" };
        }
        return { path: aliasAbsolute[args.path], external: external.includes(target) };
      });
      build.onLoad({ filter: /.*/, namespace: "required-unenv-alias" }, ({ path: p }) => ({
        contents: `import * as esm from '${p}';
module.exports = Object.entries(esm)
  .filter(([k,]) => k !== 'default')
  .reduce((cjs, [k, value]) =>
    Object.defineProperty(cjs, k, { value, enumerable: true }),
    "default" in esm ? esm.default : {}
  );`,
        loader: "js",
      }));

      // handleNodeJSGlobals: inject unenv globals workerd lacks at this date (none at 2026-11-01; kept for other dates).
      const prefix = path.join(ROOT, "tools/node_modules/wrangler/_virtual_unenv_global_polyfill-");
      const byModule = new Map();
      const virtualToSpecifier = new Map();
      for (const [name, spec] of Object.entries(inject)) {
        if (spec === false) continue;
        const [mod, exportName, importName] = Array.isArray(spec) ? [spec[0], spec[1], spec[1]] : [spec, "default", "defaultExport"];
        if (!byModule.has(mod)) {
          byModule.set(mod, []);
          virtualToSpecifier.set(prefix + mod.replaceAll("/", "-"), mod);
        }
        byModule.get(mod).push({ name, exportName, importName });
      }
      build.initialOptions.inject = [
        ...(build.initialOptions.inject ?? []),
        ...virtualToSpecifier.keys(),
        ...polyfill.map((m) => wranglerRequire.resolve(m)),
      ];
      const VIRTUAL_RE = /_virtual_unenv_global_polyfill-(.+)$/;
      build.onResolve({ filter: VIRTUAL_RE }, ({ path: p }) => ({ path: p }));
      build.onLoad({ filter: VIRTUAL_RE }, ({ path: p }) => {
        const mod = virtualToSpecifier.get(p);
        const injects = byModule.get(mod);
        const imports = injects.map(({ exportName, importName }) => (importName === exportName ? exportName : `${exportName} as ${importName}`));
        return {
          contents: `import { ${imports.join(", ")} } from "${mod}";\n` +
            injects.map(({ name, importName }) => `globalThis.${name} = ${importName};`).join("\n"),
        };
      });
    },
  };
}

// cloudflare-internal.ts: cloudflare:* imports stay external.
const cloudflareInternalPlugin = {
  name: "cloudflare-internal-imports",
  setup(build) {
    build.onResolve({ filter: /^cloudflare:.*/ }, () => ({ external: true }));
  },
};

export async function buildApp(app) {
  const appDir = path.join(ROOT, app);
  const destination = path.join(appDir, "dist");
  fs.rmSync(destination, { recursive: true, force: true });
  // deploy: process.env.NODE_ENV || "production"; pinned to "production" here for reproducible fixtures.
  const nodeEnv = JSON.stringify("production");
  const result = await esbuild.build({
    entryPoints: [path.join(appDir, "src/index.js")],
    bundle: true,
    absWorkingDir: appDir,
    keepNames: true, // config.keep_names ?? true
    outdir: destination,
    entryNames: "index",
    inject: [],
    external: ["__STATIC_CONTENT_MANIFEST"],
    format: "esm",
    target: COMMON_ESBUILD_OPTIONS.target,
    supported: COMMON_ESBUILD_OPTIONS.supported,
    sourcemap: true, // upload_source_maps ?? true
    sourceRoot: destination,
    minify: undefined,
    metafile: true,
    conditions: ["workerd", "worker", "browser"], // getBuildConditions() without WRANGLER_BUILD_CONDITIONS
    platform: undefined, // getBuildPlatform() without WRANGLER_BUILD_PLATFORM -> esbuild's default "browser"
    define: {
      "navigator.userAgent": `"Cloudflare-Workers"`, // isNavigatorDefined(): true for dates >= 2022-03-21
      "process.env.NODE_ENV": nodeEnv,
      "global.process.env.NODE_ENV": nodeEnv,
      "globalThis.process.env.NODE_ENV": nodeEnv,
    },
    loader: COMMON_ESBUILD_OPTIONS.loader,
    plugins: [
      nodejsHybridPlugin({ compatibilityDate: COMPATIBILITY_DATE, compatibilityFlags: COMPATIBILITY_FLAGS }),
      cloudflareInternalPlugin,
    ],
    logLevel: "silent",
  });
  const analysis = analyze(fs.readFileSync(path.join(destination, "index.js"), "utf8"), result);
  fs.writeFileSync(path.join(destination, "analysis.json"), JSON.stringify(analysis, null, 2) + "\n");
  return analysis;
}

// What the bundle needs from the runtime: external imports (with the names it imports) and Node globals.
export function analyze(code, result) {
  const imports = {};
  const add = (spec, names) => {
    imports[spec] ??= new Set();
    for (const n of names) imports[spec].add(n);
  };
  const importRe = /^import\s+([\s\S]*?)\s+from\s+"([^"]+)";$/gm;
  for (const [, clause, spec] of code.matchAll(importRe)) {
    const names = [];
    const ns = clause.match(/\*\s+as\s+\w+/);
    if (ns) names.push("* (namespace)");
    const braces = clause.match(/\{([^}]*)\}/);
    if (braces) for (const n of braces[1].split(",").map((s) => s.trim()).filter(Boolean)) names.push(n.split(/\s+as\s+/)[0]);
    const def = clause.replace(/\{[^}]*\}/, "").replace(/\*\s+as\s+\w+/, "").replace(/,/g, " ").trim();
    if (def) names.push("default");
    add(spec, names);
  }
  for (const [, spec] of code.matchAll(/^import\s+"([^"]+)";$/gm)) add(spec, ["(side effect)"]);
  for (const [, spec] of code.matchAll(/\bimport\(\s*(?:\/\*[\s\S]*?\*\/\s*)*"([^"]+)"\s*\)/g)) add(spec, ["(dynamic import)"]);
  // Heuristic: identifier uses not preceded by `.`/word chars and not an object key / declaration.
  const globals = {};
  for (const g of ["Buffer", "process", "global", "setImmediate", "clearImmediate", "AsyncLocalStorage", "__dirname", "__filename", "require", "navigator"]) {
    const re = new RegExp(`(?<![\\w$.'"\`])${g}(?![\\w$'"\`:])`, "g");
    const count = (code.match(re) ?? []).length;
    if (count) globals[g] = count;
  }
  // require()d builtins become `import libDefaultN from "x"` wrapped in a __commonJS module "node-built-in-modules:x";
  // list the members the requiring code reads (var m = require_x(); m.foo / var { foo } = require_x() / require_x().foo).
  const requiredMembers = {};
  for (const [, fn, spec] of code.matchAll(/var (require_\w+) = __commonJS\(\{\s*"node-built-in-modules:([^"]+)"/g)) {
    const names = new Set();
    for (const [, local] of code.matchAll(new RegExp(`(?:var|let|const)\\s+(\\w+)\\s*=\\s*${fn}\\(\\)`, "g"))) {
      for (const [, m] of code.matchAll(new RegExp(`(?<![\\w$.])${local}\\.(\\w+)`, "g"))) names.add(m);
    }
    for (const [, list] of code.matchAll(new RegExp(`(?:var|let|const)\\s*\\{([^{}]*)\\}\\s*=\\s*${fn}\\(\\)`, "g"))) {
      for (const n of list.split(",").map((x) => x.trim().split(/\s*:\s*/)[0]).filter(Boolean)) names.add(n);
    }
    for (const [, m] of code.matchAll(new RegExp(`${fn}\\(\\)\\.(\\w+)`, "g"))) names.add(m);
    requiredMembers[spec] = [...new Set([...(requiredMembers[spec] ?? []), ...names])].sort();
  }
  // Members read off the Node globals (process.env, Buffer.from, ...), same heuristic.
  const members = {};
  for (const g of ["process", "Buffer"]) {
    const names = new Set();
    for (const [, m] of code.matchAll(new RegExp(`(?<![\\w$.])(?:globalThis\\.|global\\.)?${g}\\??\\.(\\w+)`, "g"))) names.add(m);
    if (names.size) members[g] = [...names].sort();
  }
  return {
    bytes: Buffer.byteLength(code),
    imports: Object.fromEntries(Object.entries(imports).sort().map(([k, v]) => [k, [...v].sort()])),
    globals,
    members,
    requiredMembers,
    inputs: Object.keys(result.metafile.inputs).length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const apps = process.argv.length > 2 ? process.argv.slice(2) : APPS;
  for (const app of apps) {
    try {
      const a = await buildApp(app);
      console.log(`${app}: ${a.bytes} bytes, ${a.inputs} inputs; imports ${JSON.stringify(a.imports)}; globals ${JSON.stringify(a.globals)}`);
    } catch (e) {
      console.log(`${app}: BUILD FAILED`);
      for (const err of e.errors ?? [e]) console.log("  ", err.text ?? err.message, err.location ? `${err.location.file}:${err.location.line}` : "");
      process.exitCode = 1;
    }
  }
}
