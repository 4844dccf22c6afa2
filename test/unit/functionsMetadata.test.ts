/**
 * The built custom-function metadata: dist/functions.json (from the JSDoc, by webpack) lists the ISMS
 * risk functions, and scripts/localizeFunctions.mjs writes dist/functions.zh-CN.json with a Chinese
 * description for every function and parameter, refusing to write it when one is missing.
 * Builds dist/ and lib/ first when they are missing or older than the function sources.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { functionMessages } from "../../src/i18n/functionMessages";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const RISK_FUNCTIONS = [
  "ASSETVALUE",
  "RISK",
  "RISKLI",
  "RISKCIA",
  "LIKELIHOOD",
  "LOSS",
  "RISKLEVEL",
  "MATRIX",
  "ACCEPTABLE",
] as const;

interface FunctionMetadata {
  readonly id: string;
  readonly description: string;
  readonly parameters: readonly { readonly name: string; readonly description?: string }[];
}

function run(command: string, args: readonly string[]) {
  return spawnSync(command, args, { cwd: root, encoding: "utf8" });
}

function newestSource(): number {
  const dirs = ["src/functions", "src/i18n", "src/i18n/en", "src/i18n/zh-CN"].map((dir) =>
    path.join(root, dir),
  );
  return Math.max(
    ...dirs.flatMap((dir) => readdirSync(dir).map((name) => statSync(path.join(dir, name)).mtimeMs)),
  );
}

function ensureBuilt(): void {
  const outputs = [path.join(dist, "functions.json"), path.join(root, "lib/i18n/functionMessages.js")];
  const fresh = outputs.every((file) => existsSync(file) && statSync(file).mtimeMs >= newestSource());
  if (fresh) return;
  for (const [command, args] of [
    ["npx", ["webpack", "--mode", "production"]],
    ["npx", ["tsc", "-p", "tsconfig.cli.json"]],
  ] as const) {
    const result = run(command, args);
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  }
}

function readFunctions(file: string): FunctionMetadata[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { functions: FunctionMetadata[] }).functions;
}

const CJK = /[\u4e00-\u9fff]/;

describe("custom-function metadata", () => {
  let english: FunctionMetadata[] = [];
  let chinese: FunctionMetadata[] = [];

  beforeAll(() => {
    ensureBuilt();
    const localized = run("node", ["scripts/localizeFunctions.mjs"]);
    if (localized.status !== 0) throw new Error(localized.stderr);
    english = readFunctions(path.join(dist, "functions.json"));
    chinese = readFunctions(path.join(dist, "functions.zh-CN.json"));
  }, 300_000);

  it("lists every ISMS risk function", () => {
    expect(english.map((fn) => fn.id)).toEqual(expect.arrayContaining([...RISK_FUNCTIONS]));
  });

  it.each(RISK_FUNCTIONS)("%s: the English messages repeat its JSDoc", (id) => {
    const fn = english.find((f) => f.id === id);
    const meta = functionMessages("en")[id];
    expect(fn?.description).toBe(meta.description);
    const params = Object.fromEntries((fn?.parameters ?? []).map((p) => [p.name, p.description]));
    expect(params).toEqual(meta.params);
  });

  it("gives every function and parameter a Chinese description", () => {
    expect(chinese.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    for (const fn of chinese) {
      expect([fn.id, CJK.test(fn.description)]).toEqual([fn.id, true]);
      for (const parameter of fn.parameters)
        expect([fn.id, parameter.name, CJK.test(parameter.description ?? "")]).toEqual([
          fn.id,
          parameter.name,
          true,
        ]);
    }
  });

  it("refuses to localize a function without a translation, naming it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "isms-meta-"));
    const untranslated = { id: "UNTRANSLATED", name: "UNTRANSLATED", description: "x", parameters: [] };
    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as {
      functions: unknown[];
    };
    writeFileSync(
      path.join(dir, "functions.json"),
      JSON.stringify({ ...metadata, functions: [untranslated] }),
    );
    const result = run("node", ["scripts/localizeFunctions.mjs", dir, path.join(root, "lib")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("UNTRANSLATED");
    expect(existsSync(path.join(dir, "functions.zh-CN.json"))).toBe(false);
  });
});
