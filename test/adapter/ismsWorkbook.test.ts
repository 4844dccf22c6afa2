/**
 * The ISMS workbook end to end through the Office.js port and the strict fake: created and read back with
 * a bounded number of syncs at any size, found again after renaming, never overwriting, user text kept as
 * text.
 */
import { defaultMethodology } from "../../src/domain/methodology";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { workbookPlanOf } from "../../src/workbook/layout/workbookPlan";
import { methodSheetPlan } from "../../src/workbook/method/methodSheet";
import { scaledSampleRecords } from "../../src/workbook/sample/scaledSample";
import { cellKey } from "../fakes";
import { portOver, sheetOf } from "./portHarness";

const FOUR_MB = 4 * 1024 * 1024;

describe.each(["zh-CN", "en"] as const)("the ISMS workbook through Office.js (%s)", (lang) => {
  const register = lang === "zh-CN" ? "风险评估表" : "Risk register";

  it.each([32, 1000])(
    "creates a %i-risk sample in at most 4 syncs and reads it back in at most 2",
    async (risks) => {
      const { host, port } = portOver();
      const created = await createWorkbook(port, {
        lang,
        standard: "2022",
        method: "gbt-matrix",
        sample: true,
        sampleRisks: risks,
      });
      expect(created.status).toBe("created");
      expect(host.syncCount).toBeLessThanOrEqual(4);

      host.resetCounters();
      const parsed = await readWorkbook(port);
      expect(host.syncCount).toBeLessThanOrEqual(2);
      expect(parsed.risks).toHaveLength(risks);
      const expected = scaledSampleRecords(lang, defaultMethodology("gbt-matrix"), risks);
      expect(parsed.risks.map((risk) => risk.riskId)).toEqual(expected.risks?.map((risk) => risk.riskId));
      expect(parsed.treatments.map((t) => t.riskId)).toEqual(expected.treatments?.map((t) => t.riskId));
      expect(parsed.assets.map((a) => [a.assetId, a.c, a.i, a.a])).toEqual(
        expected.assets?.map((a) => [a.assetId, a.c, a.i, a.a]),
      );
    },
  );

  it("finds the register through its metadata after the sheet and a header are renamed", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, { lang, standard: "2022", method: "li", sample: true });
    const sheet = sheetOf(host, register);
    sheet.name = "My risks";
    const header = sheet.cells[cellKey(0, 0)];
    if (!header) throw new Error("no header cell A1");
    header.value = "Ref";
    const parsed = await readWorkbook(port);
    expect(parsed.sheets.risks?.name).toBe("My risks");
    expect(parsed.risks).toHaveLength(32);
    expect(parsed.risks[0]?.riskId).toBe("R-001");
  });

  it("never overwrites a sheet that holds data: reports it, or writes beside it when asked", async () => {
    const seed = { sheets: [{ name: register, rows: [["my own notes"]] }] };
    const { host, port } = portOver(seed);
    const refused = await createWorkbook(port, { lang, standard: "2022", method: "li" });
    expect(refused.status).toBe("conflict");
    expect(host.state.sheets.map((s) => s.name)).toEqual([register]);

    const beside = await createWorkbook(port, { lang, standard: "2022", method: "li", onConflict: "beside" });
    expect(beside.status).toBe("created");
    expect(sheetOf(host, register).cells[cellKey(0, 0)]?.value).toBe("my own notes");
    expect(host.state.sheets.map((s) => s.name)).toContain(`${register} (2)`);
  });

  it.each(['=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0", "-1+2", "@SUM(A1:A9)"])(
    "keeps a risk description typed as %s as text",
    async (text) => {
      const methodology = defaultMethodology("li");
      const plan = workbookPlanOf({
        lang,
        standard: "2022",
        methodology,
        methodSheet: methodSheetPlan(methodology, lang),
        records: {
          risks: [
            { riskId: "R-1", description: text, ratings: { likelihood: 2, impact: 3 }, intermediates: {} },
          ],
        },
      });
      const { host, port } = portOver();
      await port.apply(plan);
      const parsed = await readWorkbook(port);
      expect(parsed.risks[0]?.description).toBe(text);
      const cells = Object.values(sheetOf(host, register).cells);
      expect(cells.filter((cell) => cell.value === text).map((cell) => cell.formula)).toEqual([null]);
    },
  );
});

describe("a 50,000-risk register through Office.js", () => {
  it("is written and read with no request or response over 4 MB, under Excel on the web's 5 MB limits", async () => {
    const { host, port } = portOver({}, { webPayloadLimit: true });
    const created = await createWorkbook(port, {
      lang: "en",
      standard: "2022",
      method: "atv",
      sample: true,
      sampleRisks: 50_000,
    });
    expect(created.status).toBe("created");
    expect(host.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(host.syncCount).toBeGreaterThan(4);

    host.resetCounters();
    const parsed = await readWorkbook(port);
    expect(parsed.risks).toHaveLength(50_000);
    expect(host.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
    // Two syncs, then one per further ~3.5 MB of cells: the count follows megabytes, never rows.
    expect(host.syncCount).toBeLessThanOrEqual(2 + Math.ceil(host.totalResponseBytes / 3_000_000));
  }, 120_000);
});
