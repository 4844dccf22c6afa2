/**
 * The `isms` contract (ARCHITECTURE.md): `risk --json` and `catalog --json` shapes, help in both
 * languages, the language chosen from LANG/LC_ALL, and exit codes of the built command.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { assessRisk, levelDefinition } from "../../src/domain/risk";
import { presetById, type Ratings } from "../../src/domain/methodology";
import { repoRoot } from "../support/root";
import { runIsms, spawnIsms } from "../support/runIsms";

const reference = (name: string) =>
  readFileSync(path.join(repoRoot, "../shared/reference", name), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1);

/** [method, flags, ratings as the engine takes them] */
const riskCases: readonly (readonly [string, string[], Ratings])[] = [
  ["li", ["--likelihood", "4", "--impact", "5"], { likelihood: 4, impact: 5 }],
  [
    "atv",
    ["--asset", "3", "--threat", "4", "--vulnerability", "2"],
    { asset: 3, threat: 4, vulnerability: 2 },
  ],
  [
    "gbt-matrix",
    ["--asset", "2", "--threat", "5", "--vulnerability", "3"],
    { asset: 2, threat: 5, vulnerability: 3 },
  ],
  [
    "gbt-multiply",
    ["--asset", "4", "--threat", "3", "--vulnerability", "5"],
    { asset: 4, threat: 3, vulnerability: 5 },
  ],
  [
    "cia-max",
    ["--c", "3", "--i", "4", "--a", "2", "--threat", "3", "--vulnerability", "2"],
    { c: 3, i: 4, a: 2, threat: 3, vulnerability: 2 },
  ],
];

describe("isms risk", () => {
  it.each(riskCases)(
    "prints the engine's value, level and intermediates for %s as contract JSON",
    async (method, flags, ratings) => {
      const outcome = await runIsms(["risk", "--method", method, ...flags, "--json"]);
      const methodology = presetById(method);
      const expected = methodology && assessRisk(methodology, ratings);
      if (!methodology || !expected?.ok) throw new Error(`engine refused ${method}`);
      expect(outcome.code).toBe(0);
      expect(JSON.parse(outcome.stdout)).toEqual({
        method,
        value: expected.value,
        level: expected.level,
        label: levelDefinition(methodology, expected.level)?.label.en,
        intermediate: expected.intermediate,
      });
    },
  );

  it("names the level in Chinese with --lang zh-CN", async () => {
    const outcome = await runIsms([
      "risk",
      "--method",
      "li",
      "--likelihood",
      "1",
      "--impact",
      "1",
      "--json",
      "--lang",
      "zh-CN",
    ]);
    const label = levelDefinition(presetById("li")!, 1)?.label["zh-CN"];
    expect(JSON.parse(outcome.stdout)).toMatchObject({ level: 1, label });
  });

  it("prints one readable line without --json", async () => {
    const outcome = await runIsms(["risk", "--method", "li", "--likelihood", "2", "--impact", "3"]);
    expect(outcome).toMatchObject({ code: 0, stderr: "" });
    expect(outcome.stdout).toMatch(/^Method li: risk value 6, level \d \(\w+\)\n$/);
  });
});

describe("isms catalog", () => {
  it("lists the 93 controls of 2022 with both titles, ids as in the reference list", async () => {
    const outcome = await runIsms(["catalog", "--json"]);
    const json = JSON.parse(outcome.stdout) as { standard: string; controls: Record<string, string>[] };
    expect(json.standard).toBe("2022");
    expect(json.controls.map((c) => c.id)).toEqual(
      reference("iso27001-2022-annexA.csv").map((row) => row.split(",")[0]),
    );
    for (const control of json.controls) {
      expect(Object.keys(control).sort()).toEqual(["id", "theme", "title_en", "title_zh"]);
      expect(control.title_en).not.toBe("");
    }
  });

  it("lists the 114 controls of 2013 with --standard 2013", async () => {
    const json = JSON.parse((await runIsms(["catalog", "--standard", "2013", "--json"])).stdout) as {
      standard: string;
      controls: { id: string }[];
    };
    expect(json.standard).toBe("2013");
    expect(json.controls.map((c) => c.id)).toEqual(
      reference("iso27001-2013-annexA.csv").map((row) => row.split(",")[0]),
    );
  });

  it("prints the Table B.1 pairs with --map 2013", async () => {
    const json = JSON.parse((await runIsms(["catalog", "--map", "2013", "--json"])).stdout) as {
      pairs: { id_2013: string; id_2022: string }[];
    };
    const expected = reference("mapping-2013-2022.csv").map((row) => row.split(",").slice(0, 2).join(","));
    expect(json.pairs.map((p) => `${p.id_2013},${p.id_2022}`).sort()).toEqual(expected.sort());
  });

  it("titles controls in Chinese with --lang zh-CN", async () => {
    const outcome = await runIsms(["catalog", "--lang", "zh-CN"]);
    expect(outcome.stdout.split("\n")[0]).toContain("附录 A");
  });
});

describe("isms help and language", () => {
  const commands = ["new", "validate", "soa", "gap", "risk", "catalog"];

  it.each(commands)("explains `isms %s --help` in English and Chinese", async (command) => {
    const en = await runIsms([command, "--help"]);
    const zh = await runIsms([command, "--help", "--lang", "zh-CN"]);
    expect(en).toMatchObject({ code: 0, stderr: "" });
    expect(en.stdout).toContain(`Usage: isms ${command}`);
    expect(zh.stdout).toContain(`用法：isms ${command}`);
  });

  it.each([
    [{ LANG: "zh_CN.UTF-8" }, "用法"],
    [{ LANG: "en_US.UTF-8", LC_ALL: "zh_TW.UTF-8" }, "用法"],
    [{ LANG: "zh_CN.UTF-8", LC_ALL: "C" }, "Usage"],
    [{}, "Usage"],
  ])("chooses the language from the environment %p", async (env, word) => {
    expect((await runIsms(["--help"], { env })).stdout).toContain(word);
  });

  it("lets --lang override the environment", async () => {
    expect((await runIsms(["--help", "--lang", "en"], { env: { LANG: "zh_CN.UTF-8" } })).stdout).toContain(
      "Usage",
    );
  });
});

describe("the built isms command", () => {
  it("exits 0 with contract JSON", () => {
    const outcome = spawnIsms([
      "risk",
      "--method",
      "atv",
      "--asset",
      "2",
      "--threat",
      "2",
      "--vulnerability",
      "2",
      "--json",
    ]);
    expect(outcome.code).toBe(0);
    expect(Object.keys(JSON.parse(outcome.stdout) as object)).toEqual([
      "method",
      "value",
      "level",
      "label",
      "intermediate",
    ]);
  });

  it.each([
    [["validate", "no-such-file.xlsx"], "no-such-file.xlsx"],
    [["bogus"], "bogus"],
    [["risk", "--method", "atv", "--asset", "7", "--threat", "1", "--vulnerability", "1"], "--asset"],
  ])("exits 2 with one line and no stack trace for %p", (argv, word) => {
    const outcome = spawnIsms(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining(word)]);
  });
});
