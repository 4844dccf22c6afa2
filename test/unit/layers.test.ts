/** The pure core stays pure: lint and the pure tsconfig both reject Office, React and the DOM there. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(__dirname, "../..");

let probes = 0;

/**
 * Lint output for `source` placed at `fileName`: written there for the run (in a folder of its own, so the
 * type-checked rules find it in its tsconfig project), then removed.
 */
function lintAs(fileName: string, source: string): string {
  const dir = path.join(root, path.dirname(fileName), `lintprobe-${process.pid}-${++probes}`);
  const file = path.join(dir, path.basename(fileName));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, source);
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/eslint/bin/eslint.js"), "--format", "stylish", file],
      { cwd: root, encoding: "utf8" },
    );
    return result.stdout + result.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pureTypeErrors(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.pure.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (!config) throw new Error("tsconfig.pure.json did not parse");
  const dir = mkdtempSync(path.join(root, "src", "domain", ".probe-"));
  const file = path.join(dir, "probe.ts");
  try {
    writeFileSync(file, source);
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("layer rules", () => {
  it.each([
    ['import { useState } from "react";\nexport const x = useState;\n', /pure core/],
    ['import { Button } from "@fluentui/react-components";\nexport const x = Button;\n', /pure core/],
    ['import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', /pure core/],
    ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', /pure core/],
    ["export const x = () => Office.context.displayLanguage;\n", /pure core/],
  ])(
    "lint rejects an impure import or global in src/domain: %s",
    (source, message) => {
      expect(lintAs("src/domain/probe.ts", source)).toMatch(message);
    },
    30000,
  );

  it("lint accepts the same React import in the task pane", () => {
    expect(
      lintAs("src/taskpane/probe.ts", 'import { useState } from "react";\nexport const x = useState;\n'),
    ).toBe("");
  }, 30000);

  it("lint rejects context.sync() inside a loop in the Office.js port", () => {
    const source = [
      "export async function writeRows(context: Excel.RequestContext, rows: number[]) {",
      "  for (const row of rows) {",
      "    await context.sync();",
      "    void row;",
      "  }",
      "}",
      "",
    ].join("\n");
    expect(lintAs("src/excel/probe.ts", source)).toMatch(/no-context-sync-in-loop/);
  }, 30000);

  it.each([
    [
      "a promise left floating",
      "async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n",
      /no-floating-promises/,
    ],
    [
      "an assertion that changes nothing",
      "export const n = (x: number): number => x as number;\n",
      /no-unnecessary-type-assertion/,
    ],
    [
      "an any used unchecked",
      "export const f = (x: any): string => x.name;\n",
      /no-unsafe-(member-access|return)|no-explicit-any/,
    ],
  ])(
    "type-checked lint rejects %s in the product code",
    (_what, source, rule) => {
      expect(lintAs("src/operations/probe.ts", source)).toMatch(rule);
    },
    30000,
  );

  it("the pure tsconfig knows no Office, Excel or DOM globals", () => {
    const errors = pureTypeErrors("export const a = Office.context;\nexport const b = document.title;\n");
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Cannot find name 'Office'/),
        expect.stringMatching(/Cannot find name 'document'/),
      ]),
    );
  });

  it("the pure tsconfig compiles plain TypeScript", () => {
    expect(pureTypeErrors("export const sum = (a: number, b: number): number => a + b;\n")).toEqual([]);
  });
});
