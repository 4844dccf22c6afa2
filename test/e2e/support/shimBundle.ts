/** Bundles the office.js stand-in (and the strict Excel fake it carries) for the browser with webpack. */
import path from "node:path";
import { readFileSync } from "node:fs";
import webpack from "webpack";
import { repoRoot } from "../../support/root";

const root = repoRoot;
const outDir = path.join(root, ".cache", "e2e");

export async function bundleOfficeShim(): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: root,
    entry: path.join(root, "test/e2e/shim/officeShim.ts"),
    output: { path: outDir, filename: "office-shim.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "test/tsconfig.json" } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
  return readFileSync(path.join(outDir, "office-shim.js"), "utf8");
}
