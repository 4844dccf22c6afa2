/**
 * Control id normalisation, specified by a table of spellings: hand-written variants and the real cells of
 * public ISO 27001 workbooks (a risk register's "Treatment Control(s) - Annex A Ref", an SoA's "Control ID",
 * a framework library's "ref_id").
 */
import ExcelJS from "exceljs";
import { normalizeControlIds, scanControlRefs, type NormalizedControlIds } from "../../../src/domain/catalog";
import { readReferenceCsv, templatePath } from "./referenceData";

type Expected = Partial<{
  ids: string[];
  legacy: { id2013: string; ids2022: string[] }[];
  unknown: string[];
}>;

function expectNormalized(actual: NormalizedControlIds, expected: Expected): void {
  expect(actual).toEqual({
    ids: expected.ids ?? [],
    legacy: expected.legacy ?? [],
    unknown: expected.unknown ?? [],
  });
}

const handWritten: [string | number | null, Expected][] = [
  ["5.1", { ids: ["5.1"] }],
  ["A.5.1", { ids: ["5.1"] }],
  ["A5.1", { ids: ["5.1"] }],
  ["a.5.1", { ids: ["5.1"] }],
  ["A 5.1", { ids: ["5.1"] }],
  ["  A.8.34.  ", { ids: ["8.34"] }],
  ["5.10", { ids: ["5.10"] }],
  ["5.1 Policies for information security", { ids: ["5.1"] }],
  ["A.5.1 - Policies", { ids: ["5.1"] }],
  ["A.5.15 访问控制", { ids: ["5.15"] }],
  ["Annex A 5.7", { ids: ["5.7"] }],
  ["附录A.5.23", { ids: ["5.23"] }],
  ["５．１", { ids: ["5.1"] }],
  ["５。１５", { ids: ["5.15"] }],
  ["Ａ．８．１６", { ids: ["8.16"] }],
  ["5.1, 5.2", { ids: ["5.1", "5.2"] }],
  ["5.1;8.24", { ids: ["5.1", "8.24"] }],
  ["5.1、5.2、5.3", { ids: ["5.1", "5.2", "5.3"] }],
  ["5.1，5.2；5.3", { ids: ["5.1", "5.2", "5.3"] }],
  ["A.5.1\nA.8.15\r\nA.8.16", { ids: ["5.1", "8.15", "8.16"] }],
  ["5.1 and 5.2", { ids: ["5.1", "5.2"] }],
  ["8.24 / 5.14", { ids: ["8.24", "5.14"] }],
  ["A.5.1, A.5.1", { ids: ["5.1"] }],
  [8.15, { ids: ["8.15"] }],
  ["A.9.2.3", { ids: ["8.2"], legacy: [{ id2013: "A.9.2.3", ids2022: ["8.2"] }] }],
  ["9.2.3", { ids: ["8.2"], legacy: [{ id2013: "A.9.2.3", ids2022: ["8.2"] }] }],
  ["A.18.2.3", { ids: ["5.36", "8.8"], legacy: [{ id2013: "A.18.2.3", ids2022: ["5.36", "8.8"] }] }],
  [
    "A.12.4.1 Event logging; A.12.4.3",
    {
      ids: ["8.15"],
      legacy: [
        { id2013: "A.12.4.1", ids2022: ["8.15"] },
        { id2013: "A.12.4.3", ids2022: ["8.15"] },
      ],
    },
  ],
  ["8.8 (A.12.6.1)", { ids: ["8.8"], legacy: [{ id2013: "A.12.6.1", ids2022: ["8.8"] }] }],
  ["5.1 (policy set, reviewed yearly)", { ids: ["5.1"] }],
  ["", {}],
  [null, {}],
  ["5.38", { unknown: ["5.38"] }],
  ["A.19.1.1", { unknown: ["A.19.1.1"] }],
  ["A.9.2", { unknown: ["A.9.2"] }],
  ["5.1.1.1", { unknown: ["5.1.1.1"] }],
  ["TBD", { unknown: ["TBD"] }],
  ["5.1, n/a", { ids: ["5.1"], unknown: ["n/a"] }],
  // Separators: full-width, a slash between ids, new lines.
  ["５．１，５．２；５．３", { ids: ["5.1", "5.2", "5.3"] }],
  ["5.1/5.2", { ids: ["5.1", "5.2"] }],
  ["5.1 Policies/5.2 Roles", { ids: ["5.1", "5.2"] }],
  ["A.8.5／A.8.2", { ids: ["8.5", "8.2"] }],
  ["5.1\n\n5.2", { ids: ["5.1", "5.2"] }],
  ["ISO/IEC 27001 A.8.5", { ids: ["8.5"] }],
  // A word before the id.
  ["Control 8.5", { ids: ["8.5"] }],
  ["Control A.8.5", { ids: ["8.5"] }],
  ["Controls: 8.5, 8.2", { ids: ["8.5", "8.2"] }],
  ["控制 8.5", { ids: ["8.5"] }],
  ["控制项8.5", { ids: ["8.5"] }],
  ["控制项：A.8.5", { ids: ["8.5"] }],
  ["条款 A.8.5", { ids: ["8.5"] }],
  ["ISO 27001 A.8.5", { ids: ["8.5"] }],
  ["ISO/IEC 27001:2022 A.8.5 Secure authentication", { ids: ["8.5"] }],
  ["Control 8.5 and Control 8.2", { ids: ["8.5", "8.2"] }],
  ["Control 5.38", { unknown: ["Control 5.38"] }],
  // Ranges, within one theme (2022) or one control objective (2013).
  ["A.5.15–A.5.18", { ids: ["5.15", "5.16", "5.17", "5.18"] }],
  ["5.15-5.18", { ids: ["5.15", "5.16", "5.17", "5.18"] }],
  ["5.15~5.18", { ids: ["5.15", "5.16", "5.17", "5.18"] }],
  ["5.15～5.18", { ids: ["5.15", "5.16", "5.17", "5.18"] }],
  ["5.15 至 5.18", { ids: ["5.15", "5.16", "5.17", "5.18"] }],
  ["A.5.15 to A.5.18", { ids: ["5.15", "5.16", "5.17", "5.18"] }],
  ["8.1—8.3 技术控制", { ids: ["8.1", "8.2", "8.3"] }],
  ["5.15-5.15", { ids: ["5.15"] }],
  ["5.1, 8.24-8.26; 6.3", { ids: ["5.1", "8.24", "8.25", "8.26", "6.3"] }],
  [
    "A.9.2.1-A.9.2.3",
    {
      ids: ["5.16", "5.18", "8.2"],
      legacy: [
        { id2013: "A.9.2.1", ids2022: ["5.16"] },
        { id2013: "A.9.2.2", ids2022: ["5.18"] },
        { id2013: "A.9.2.3", ids2022: ["8.2"] },
      ],
    },
  ],
  ["5.18-5.15", { unknown: ["5.18-5.15"] }],
  ["5.37-6.2", { unknown: ["5.37-6.2"] }],
  ["5.30 – 5.40", { unknown: ["5.30 – 5.40"] }],
  ["A.9.2.6-A.9.4.1", { unknown: ["A.9.2.6-A.9.4.1"] }],
  ["5.15-A.9.2.3", { unknown: ["5.15-A.9.2.3"] }],
  ["A-5.15", { ids: ["5.15"] }],
  ["A.5.1 - 5 policies", { ids: ["5.1"] }],
];

describe("normalizeControlIds", () => {
  it.each(handWritten)("reads %j", (text, expected) => {
    expectNormalized(normalizeControlIds(text), expected);
  });

  it("keeps the order in which references appear, unknown ones included", () => {
    expect(scanControlRefs("A.9.2.3, junk, 5.1")).toEqual([
      { kind: "2013", id: "A.9.2.3", ids2022: ["8.2"] },
      { kind: "unknown", token: "junk" },
      { kind: "2022", id: "5.1" },
    ]);
  });
});

async function worksheet(file: string, sheet: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath(file));
  const found = workbook.getWorksheet(sheet);
  if (!found) throw new Error(`${file} has no sheet ${sheet}`);
  return found;
}

/** The text of each data cell under `header` (row 1), keyed by the value under `keyHeader`. */
function column(sheet: ExcelJS.Worksheet, keyHeader: string, header: string): [string, string][] {
  const headers = Array.from({ length: sheet.getRow(1).cellCount + 1 }, (_, i) =>
    i === 0 ? "" : sheet.getRow(1).getCell(i).text.trim(),
  );
  const [keyAt, valueAt] = [headers.indexOf(keyHeader), headers.indexOf(header)];
  const rows: [string, string][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push([row.getCell(keyAt).text, row.getCell(valueAt).text]);
  });
  return rows;
}

describe("normalizeControlIds on a public risk register (Treatment Control(s) - Annex A Ref)", () => {
  const expectedByRisk: Record<string, string[]> = {
    "RR-01": ["5.17", "8.2", "8.5"],
    "RR-02": ["8.9", "5.23", "8.12"],
    "RR-03": ["5.3", "8.2", "8.15", "8.16"],
    "RR-04": ["8.13", "5.15"],
    "RR-05": ["5.19", "5.20", "5.22"],
    "RR-06": ["8.26", "8.28", "8.29"],
    "RR-07": ["8.8", "8.9"],
    "RR-08": ["8.32", "5.21", "8.9"],
    "RR-09": ["6.5", "5.16", "5.18"],
    "RR-10": ["8.6", "8.14"],
    "RR-11": ["8.24", "5.37"],
    "RR-12": ["8.15", "8.16", "5.25"],
    "RR-13": ["5.31", "5.34"],
    "RR-14": ["8.28", "8.8", "5.21"],
    "RR-15": ["6.3", "5.24"],
    "RR-16": ["5.29", "5.30"],
    "RR-17": ["8.32", "5.3", "8.16"],
    "RR-18": ["7.9", "8.1", "5.11"],
    "RR-19": ["5.19", "5.20", "8.24"],
    "RR-20": ["8.28", "8.29", "8.26"],
  };
  let cells: [string, string][] = [];

  beforeAll(async () => {
    const sheet = await worksheet("paybridges_ISO_27005_Risk_Register.xlsx", "ISO27005 Risk Register");
    cells = column(sheet, "Risk ID", "Treatment Control(s) - Annex A Ref");
  });

  it("covers the register's 20 risks", () => {
    expect(cells.map(([risk]) => risk)).toEqual(Object.keys(expectedByRisk));
  });

  it.each(Object.entries(expectedByRisk))(
    "reads the controls of %s, dropping the note in parentheses",
    (risk, ids) => {
      const cell = cells.find(([key]) => key === risk)?.[1];
      expect(cell).toMatch(/\(.+\)/);
      expectNormalized(normalizeControlIds(cell), { ids });
    },
  );
});

describe("normalizeControlIds on the control ids of public Annex A lists", () => {
  const referenceIds = readReferenceCsv("iso27001-2022-annexA.csv").map((row) => row.id);

  it.each([
    [
      "paybridges_Statement_of_Applicability_SoA.xlsx",
      "Statement of Applicability",
      "Control ID",
      "Control Name",
    ],
    ["ciso-assistant_iso27001-2022.xlsx", "controls_content", "ref_id", "Name"],
  ])(
    "reads every id of %s (%s, column %s) as the reference control",
    async (file, sheetName, header, other) => {
      const cells = column(await worksheet(file, sheetName), header, other).map(([id]) => id);
      expect(cells).toHaveLength(93);
      const results = cells.map((cell) => normalizeControlIds(cell));
      expect(results.map((r) => r.unknown)).toEqual(cells.map(() => []));
      expect(results.map((r) => r.ids)).toEqual(referenceIds.map((id) => [id]));
    },
  );
});
