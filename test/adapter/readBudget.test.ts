/**
 * The read budget through the Office.js port and the strict fake (with Excel on the web's 5 MB request
 * and response limits): status reads no cell, the preview reads only the first rows of each sheet,
 * create applies the previewed plan without reading again, and a client workbook with a very large
 * unrelated sheet is read without a 5 MB failure and without reading that sheet whole.
 */
import { createWorkbook } from "../../src/operations/createWorkbook";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { workbookStatus } from "../../src/operations/workbookStatus";
import { ismsWorkbookActions } from "../../src/taskpane/ismsWorkbookActions";
import type { SheetSeed } from "../fakes";
import { portOver } from "./portHarness";

const LIMIT = 5 * 1024 * 1024;

/** An unrelated sheet of about `megabytes` MB of text (10 columns of 50-character cells). */
function bigSheet(name: string, megabytes: number): SheetSeed {
  const rows = Math.ceil((megabytes * 1_000_000) / 560);
  const text = (r: number, c: number) => `row ${r} column ${c} `.padEnd(50, "x");
  return {
    name,
    rows: Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => text(r, c))),
  };
}

async function ismsWorkbook(risks: number, extra: readonly SheetSeed[] = []) {
  const under = portOver({ sheets: [{ name: "Sheet1" }, ...extra] }, { webPayloadLimit: true });
  const created = await createWorkbook(under.port, {
    lang: "zh-CN",
    standard: "2022",
    method: "atv",
    sample: true,
    sampleRisks: risks,
  });
  expect(created.status).toBe("created");
  under.host.resetCounters();
  return under;
}

describe.each([1000, 10_000])("a %i-risk workbook", (risks) => {
  it("shows its status in one sync, reading no cell", async () => {
    const { host, port } = await ismsWorkbook(risks);
    const status = await workbookStatus(port);
    expect(host.syncCount).toBeLessThanOrEqual(1);
    expect(status.missing).toEqual([]);
    expect(host.maxResponseBytes).toBeLessThan(10_000);
  });

  it("previews in at most 2 syncs, and creates beside it in at most 2 more with the previewed plan", async () => {
    const { host, port } = await ismsWorkbook(risks);
    const actions = ismsWorkbookActions(port);
    const request = { lang: "zh-CN", standard: "2022", method: "atv", sample: false } as const;
    const preview = await actions.preview(request);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(preview.conflicts).toContain("风险评估表");
    expect(preview.sheets.map((s) => s.name)).toContain("风险评估表 (2)");

    const outcome = await actions.create(request, "beside");
    expect(outcome).toEqual({ status: "created", written: preview.sheets.map((s) => s.name) });
    expect(host.syncCount).toBeLessThanOrEqual(4);
  });
});

describe("a client workbook with a 20 MB unrelated sheet", () => {
  const under = ismsWorkbook(32, [bigSheet("Transactions 2025", 20)]);

  it("is read without a 5 MB failure, the large sheet only as far as its first rows", async () => {
    const { host, port } = await under;
    host.resetCounters();
    const parsed = await readWorkbook(port);
    expect(parsed.risks).toHaveLength(32);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(host.maxResponseBytes).toBeLessThan(LIMIT);

    host.resetCounters();
    const snapshot = await port.read({ readInFull: () => false });
    const big = snapshot.sheets.find((sheet) => sheet.name === "Transactions 2025");
    expect(big?.extent).toEqual({ rows: 35_715, columns: 10 });
    expect(big?.values.length).toBeGreaterThan(0);
    expect(big?.values.length).toBeLessThan(1000);
  });

  it("is read whole when asked, in requests none over the limit", async () => {
    const { host, port } = await under;
    host.resetCounters();
    const snapshot = await port.read();
    const big = snapshot.sheets.find((sheet) => sheet.name === "Transactions 2025");
    expect(big?.values).toHaveLength(35_715);
    expect(big?.values[35_714]?.[9]).toMatch(/^row 35714 column 9 /);
    expect(big?.extent).toBeUndefined();
    expect(host.maxResponseBytes).toBeLessThan(LIMIT);
    expect(host.syncCount).toBeLessThanOrEqual(2 + Math.ceil(host.totalResponseBytes / 3_000_000));
  });

  it("still shows its status and previews within the budget", async () => {
    const { host, port } = await under;
    host.resetCounters();
    await workbookStatus(port);
    expect(host.syncCount).toBe(1);
    host.resetCounters();
    await ismsWorkbookActions(port).preview({ lang: "en", standard: "2022", method: "li", sample: false });
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(host.maxResponseBytes).toBeLessThan(LIMIT);
  });
});

describe("sheets the head does not cover", () => {
  it("reads a foreign register found by its headers in full, and a wide sheet column for column", async () => {
    const register: SheetSeed = {
      name: "Client risks",
      rows: [
        ["风险编号", "资产", "威胁", "脆弱性", "可能性", "影响", "风险值", "责任人"],
        ...Array.from({ length: 3000 }, (_, r) => [
          `R${r + 1}`,
          "服务器",
          "恶意软件",
          "补丁缺失",
          3,
          4,
          12,
          "张伟",
        ]),
      ],
    };
    const wide: SheetSeed = {
      name: "Wide",
      rows: Array.from({ length: 80 }, (_, r) => Array.from({ length: 120 }, (_, c) => r * 1000 + c)),
    };
    const { host, port } = portOver({ sheets: [register, wide] }, { webPayloadLimit: true });
    const parsed = await readWorkbook(port);
    expect(parsed.risks).toHaveLength(3000);
    expect(parsed.risks[2999]?.riskId).toBe("R3000");
    expect(host.maxResponseBytes).toBeLessThan(LIMIT);

    const snapshot = await port.read();
    const read = snapshot.sheets.find((sheet) => sheet.name === "Wide");
    expect(read?.values).toHaveLength(80);
    expect(read?.values[79]).toHaveLength(120);
    expect(read?.values[79]?.[119]).toBe(79_119);
  });

  it("reads a sheet whose data starts below the first rows", async () => {
    const rows = [...Array.from({ length: 500 }, () => [null]), ["late"], ["later"]];
    const { port } = portOver({ sheets: [{ name: "Low", rows }] });
    const [sheet] = (await port.read()).sheets;
    expect(sheet).toMatchObject({ name: "Low", row: 500, column: 0, values: [["late"], ["later"]] });
  });

  it("tries smaller heads when the first batch would be over the response limit", async () => {
    const long = "长".repeat(2000);
    const sheet: SheetSeed = {
      name: "Notes",
      rows: [["编号", "说明"], ...Array.from({ length: 1100 }, (_, r) => [`N${r}`, long])],
      tables: [{ name: "ISMS_Notes", address: "A1:B1101" }],
    };
    const { host, port } = portOver({ sheets: [sheet] }, { webPayloadLimit: true });
    const [read] = (await port.read()).sheets;
    expect(read?.values).toHaveLength(1101);
    expect(read?.values[1100]?.[0]).toBe("N1099");
    expect(host.syncCount).toBeGreaterThan(2); // the refused first batch, then the smaller heads and the rest
  });
});

describe("merged areas (ExcelApi 1.13)", () => {
  it("cost no sync: a register read in slices has its merges below the head, in the syncs of a read without", async () => {
    const rows = 3000;
    const register: SheetSeed = {
      name: "Client risks",
      rows: [
        ["信息安全风险登记册"],
        ["风险编号", "资产", "威胁", "脆弱性", "可能性", "影响", "风险值", "责任人"],
        ...Array.from({ length: rows }, (_, r) => [
          `R${r + 1}`,
          r % 10 === 0 ? `资产${r / 10}` : null,
          "恶意软件",
          "补丁缺失",
          3,
          4,
          12,
          "张伟",
        ]),
      ],
      // A title and an asset merged down over every ten risks, down to the last row.
      merged: ["A1:H1", ...Array.from({ length: rows / 10 }, (_, k) => `B${3 + 10 * k}:B${12 + 10 * k}`)],
    };
    const merged = portOver({ sheets: [register] }, { webPayloadLimit: true });
    const plain = portOver(
      { sheets: [register] },
      { webPayloadLimit: true, requirementSets: { ExcelApi: "1.12" } },
    );
    const parsed = await readWorkbook(merged.port);
    await readWorkbook(plain.port);
    expect(merged.host.syncCount).toBe(plain.host.syncCount);
    expect(merged.host.syncCount).toBe(3); // sheets, heads (with the merged areas), the rest
    expect(parsed.risks).toHaveLength(rows);
    expect(parsed.risks[rows - 1]).toMatchObject({ riskId: `R${rows}`, asset: `资产${rows / 10 - 1}` });

    merged.host.resetCounters();
    plain.host.resetCounters();
    const [withAreas, without] = [await merged.port.read(), await plain.port.read()];
    expect(merged.host.syncCount).toBe(plain.host.syncCount);
    expect(withAreas.sheets[0]?.merged).toHaveLength(rows / 10 + 1);
    expect(withAreas.sheets[0]?.merged?.at(-1)).toBe(`B${rows - 7}:B${rows + 2}`);
    expect(without.sheets[0]?.merged).toBeUndefined();
    expect(merged.host.maxResponseBytes).toBeLessThan(LIMIT);
  });
});
