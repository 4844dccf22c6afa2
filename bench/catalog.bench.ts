/**
 * What the control catalog costs: the minified size it adds to a bundle (src/domain/catalog bundled alone
 * by webpack in production mode, as a library so nothing is tree-shaken away) and how fast the control id
 * normaliser reads typical cells.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { normalizeControlIds } from "../src/domain/catalog";
import { rate, report } from "./harness";

const root = process.cwd();
const outDir = path.join(root, ".cache", "catalog-bundle");

function bundleCatalog(): Promise<Buffer> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const compiler = webpack({
    mode: "production",
    context: root,
    entry: "./src/domain/catalog/index.ts",
    output: { path: outDir, filename: "catalog.js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) {
        reject(error ?? new Error(stats?.toString("errors-only") ?? "webpack failed"));
        return;
      }
      resolve(readFileSync(path.join(outDir, "catalog.js")));
    });
  });
}

/** Cells as they appear in real registers and SoAs. */
const CELLS = [
  "A.5.17, A.8.2, A.8.5 (phishing-resistant MFA, JIT privileged access)",
  "A.5.1",
  "5.15",
  "A.9.2.3",
  "５．１５；A.8.16",
  "8.24 / 5.14",
  "A.5.1 - Policies for information security",
  "5.1, n/a",
];

async function main(): Promise<void> {
  const bundle = await bundleCatalog();
  report("catalog bundle, minified", bundle.length / 1024, "KB", { op: "<", value: 60 });
  report("catalog bundle, gzipped", gzipSync(bundle).length / 1024, "KB");
  const perSecond = rate((i) => normalizeControlIds(CELLS[i % CELLS.length]));
  report("normalizeControlIds, typical cells", perSecond, "calls/s");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
