/**
 * Public workbooks made by other people (../shared/templates): the port reads what their README says
 * they hold, and the command answers each with a result or one clear exit-2 line, never a crash.
 */
import path from "node:path";
import type { SheetData } from "../../src/workbook/sheetData";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { repoRoot } from "../support/root";
import { runIsms } from "../support/runIsms";

const template = (name: string) => path.join(repoRoot, "../shared/templates", name);
const TEMPLATES = [
  "paybridges_ISO_27005_Risk_Register.xlsx",
  "paybridges_Statement_of_Applicability_SoA.xlsx",
  "ciso-assistant_risk_assessment_template.xlsx",
  "ciso-assistant_iso27001-2022.xlsx",
];

async function sheetOf(file: string, name: string): Promise<SheetData> {
  const snapshot = await (await XlsxWorkbookPort.open(template(file))).read({ formulas: true });
  const sheet = snapshot.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`${file} has no sheet ${name}`);
  return sheet;
}

/** The column under a header in the first row of the used range. */
function column(sheet: SheetData, header: string): readonly (string | number | boolean)[] {
  const index = sheet.values[0]?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`no column ${header}`);
  return sheet.values.slice(1).map((row) => row[index] ?? "");
}

describe("the .xlsx port on public templates", () => {
  it("reads the PayBridges risk register: 20 risks, scores cached from =F*G formulas", async () => {
    const sheet = await sheetOf(TEMPLATES[0] ?? "", "ISO27005 Risk Register");
    const ids = column(sheet, "Risk ID").filter((id) => id !== "");
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `RR-${String(i + 1).padStart(2, "0")}`));
    const likelihood = column(sheet, "Likelihood (1-5)");
    const impact = column(sheet, "Impact (1-5)");
    const score = column(sheet, "Inherent Risk Score");
    ids.forEach((_, i) => expect(score[i]).toBe(Number(likelihood[i]) * Number(impact[i])));
    const scoreIndex = sheet.values[0]?.indexOf("Inherent Risk Score") ?? -1;
    expect(sheet.formulas?.[1]?.[scoreIndex]).toMatch(/^=F2\s*\*\s*G2$/);
  });

  it("reads the PayBridges SoA: 93 controls A.5.1 … A.8.34", async () => {
    const sheet = await sheetOf(TEMPLATES[1] ?? "", "Statement of Applicability");
    const ids = column(sheet, "Control ID").filter((id) => id !== "");
    expect(ids).toHaveLength(93);
    expect([ids[0], ids[92]]).toEqual(["A.5.1", "A.8.34"]);
  });

  it("flattens the multi-line cells of the CISO Assistant risk template to text", async () => {
    const sheet = await sheetOf(TEMPLATES[2] ?? "", "Sheet1");
    expect(sheet.values[0]?.slice(0, 3)).toEqual(["ref_id", "name", "description"]);
    expect(sheet.values.slice(1).every((row) => row.every((cell) => typeof cell !== "object"))).toBe(true);
  });
});

describe("isms validate on public templates", () => {
  it.each(TEMPLATES)("answers %s with a result or one clear exit-2 line", async (name) => {
    const outcome = await runIsms(["validate", template(name), "--json"]);
    if (outcome.code === 2) {
      expect(outcome.stderr.trimEnd().split("\n")).toEqual([
        expect.stringMatching(/^isms: .*(validate|xlsx)/),
      ]);
    } else {
      expect([0, 1]).toContain(outcome.code);
      expect(JSON.parse(outcome.stdout)).toMatchObject({
        findings: expect.any(Array),
        counts: expect.any(Object),
      });
    }
  });
});
