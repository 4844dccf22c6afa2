/**
 * `isms soa` on the public templates: a client's own ISO 27005 register gives an SoA whose applicable
 * controls include every control its treatments cite; a client's own SoA, read as the existing SoA and
 * regenerated, keeps its 93 justifications and statuses as typed in the new SoA sheet, and the client's
 * sheet is left as it was.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { normalizeControlIds } from "../../src/domain/catalog/controlIds";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import type { SheetData, WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { repoRoot } from "../support/root";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-soa-"));
const templates = path.join(repoRoot, "../shared/templates");
const REGISTER = path.join(templates, "paybridges_ISO_27005_Risk_Register.xlsx");
const CLIENT_SOA = path.join(templates, "paybridges_Statement_of_Applicability_SoA.xlsx");

interface SoaJson {
  readonly standard: string;
  readonly version: number;
  readonly sheet: string;
  readonly controls: readonly {
    readonly id: string;
    readonly applicable: boolean | null;
    readonly reasons: readonly string[];
    readonly risks: readonly string[];
    readonly status: string | null;
  }[];
  readonly counts: { readonly applicable: number; readonly excluded: number; readonly undecided: number };
}

async function soaJson(args: readonly string[]): Promise<SoaJson> {
  const run = await runIsms(["soa", ...args, "--json"]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(run.stdout) as SoaJson;
}

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return (await XlsxSnapshotReader.open(file)).read({ formulas: false });
}

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetData {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("isms soa on the PayBridges ISO 27005 risk register", () => {
  let json: SoaJson;
  let cited: Set<string>;

  beforeAll(async () => {
    json = await soaJson([REGISTER]);
    const parsed = parseWorkbook(await snapshotOf(REGISTER));
    cited = new Set(
      parsed.treatments
        .filter((t) => t.option !== "accept")
        .flatMap((t) => (t.controls ?? []).flatMap((text) => normalizeControlIds(text).ids)),
    );
  });

  it("reads the register's treatments and cites controls", () => {
    expect(cited.size).toBeGreaterThan(5);
    expect(json.standard).toBe("2022");
    expect(json.controls.filter((c) => !("legacy" in c))).toHaveLength(93);
  });

  it("makes every control a treatment cites applicable, for risk treatment, with the citing risks", () => {
    const byId = new Map(json.controls.map((c) => [c.id, c]));
    for (const id of cited) {
      expect({ id, ...byId.get(id) }).toMatchObject({
        id,
        applicable: true,
        reasons: expect.arrayContaining(["riskTreatment"]) as unknown,
      });
      expect(byId.get(id)?.risks.length).toBeGreaterThan(0);
    }
  });

  it("counts what it lists", () => {
    const applicable = json.controls.filter((c) => c.applicable === true).length;
    expect(json.counts.applicable).toBe(applicable);
    expect(json.counts.applicable + json.counts.excluded + json.counts.undecided).toBe(93);
  });

  it("writes the SoA beside the client's register with -o, and leaves the register as it was", async () => {
    const out = path.join(dir, "register-soa.xlsx");
    const run = await runIsms(["soa", REGISTER, "-o", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const [before, after] = [await snapshotOf(REGISTER), await snapshotOf(out)];
    for (const sheet of before.sheets) expect(sheetNamed(after, sheet.name).values).toEqual(sheet.values);
    const parsed = parseWorkbook(after);
    expect(parsed.soa).toHaveLength(93);
    const applicable = new Set(parsed.soa.filter((r) => r.applicable === true).map((r) => r.controlId));
    for (const id of cited) expect(applicable.has(id)).toBe(true);
  });
});

describe("isms soa on the PayBridges Statement of Applicability", () => {
  const out = path.join(dir, "paybridges-soa.xlsx");
  let before: WorkbookSnapshot;
  let after: WorkbookSnapshot;

  beforeAll(async () => {
    const run = await runIsms(["soa", CLIENT_SOA, "-o", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    [before, after] = [await snapshotOf(CLIENT_SOA), await snapshotOf(out)];
  });

  it("leaves the client's sheets as they were", () => {
    for (const sheet of before.sheets) expect(sheetNamed(after, sheet.name).values).toEqual(sheet.values);
  });

  it("carries the 93 justifications and statuses into the new SoA sheet unchanged", () => {
    const clientRows = sheetNamed(before, "Statement of Applicability").values.slice(1);
    expect(clientRows).toHaveLength(93);
    const typed = new Map(
      clientRows.map((row) => [String(row[0]).replace(/^A\./, ""), { reasons: row[4], status: row[5] }]),
    );
    const ours = parseWorkbook(after).soa.filter((r) => r.sheet !== "Statement of Applicability");
    expect(ours).toHaveLength(93);
    for (const row of ours) {
      const client = typed.get(row.controlId ?? "");
      expect({ id: row.controlId, reasons: row.reasons, status: row.status }).toEqual({
        id: row.controlId,
        reasons: client?.reasons,
        status: client?.status,
      });
    }
  });

  it("reads the client's SoA as the previous version and says what the new one is", async () => {
    const json = await soaJson([CLIENT_SOA]);
    expect(json.version).toBe(2);
    const applicable = sheetNamed(before, "Statement of Applicability")
      .values.slice(1)
      .filter((row) => /^y/i.test(String(row[3]))).length;
    expect(json.counts.applicable).toBe(applicable);
  });
});
