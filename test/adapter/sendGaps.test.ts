/**
 * Onward to risks through both ports: the sample's gaps become register rows (blank prepared rows first,
 * then appended rows with the register's formulas), each gap row linked to its risk; through Office.js in
 * at most 3 syncs for 50 gaps; sending again adds nothing; and the .xlsx port writes the same.
 */
import { createWorkbook } from "../../src/operations/createWorkbook";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { addGapSheet, scoreGapSheet } from "../../src/operations/scoreGap";
import { sendGapsToRegister } from "../../src/operations/sendGaps";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { portOver, sheetOf } from "./portHarness";

const options = { lang: "zh-CN", standard: "2022", method: "atv", sample: true } as const;

describe("sending gaps to the risk register", () => {
  it("sends 50 gaps in at most 3 syncs, links each back, and never twice", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, options);
    const before = await readWorkbook(port);
    const ids = before.gap
      .filter((g) => g.currentRating !== undefined && Number(g.currentRating) < (g.target ?? 3))
      .map((g) => g.requirementId ?? "")
      .slice(0, 50);
    expect(ids).toHaveLength(50);

    host.resetCounters();
    const result = await sendGapsToRegister(port, { lang: "zh-CN", ids });
    expect(host.syncCount).toBeLessThanOrEqual(3);
    if (result.status !== "sent") throw new Error(result.reason);
    expect(result.sent).toHaveLength(50);
    expect(result.skipped).toEqual([]);

    const after = await readWorkbook(port);
    const added = after.risks.filter((risk) => risk.riskId?.startsWith("GAP-"));
    expect(added.map((risk) => risk.riskId).sort()).toEqual(ids.map((id) => `GAP-${id}`).sort());
    expect(after.risks).toHaveLength(before.risks.length + 50);
    const risk = added.find((r) => r.riskId === "GAP-9.2");
    expect(risk?.asset).toBe("信息安全管理体系");
    expect(risk?.threat).toContain("9.2");
    // Appended rows carry the register's formulas, moved to their row.
    const register = sheetOf(host, "风险评估表");
    const row = Number(risk?.cells.riskId?.slice(1));
    const valueCell = risk?.cells.value ?? "";
    expect(register.cells[valueCell]?.formula).toContain(`${row}`);
    // The gap row names its risk and links to it.
    const gapRow = after.gap.find((g) => g.requirementId === "9.2");
    expect(gapRow?.sentToRegister).toBe("GAP-9.2");
    const link = sheetOf(host, "差距分析").hyperlinks[gapRow?.cells.sentToRegister ?? ""];
    expect(link).toEqual({
      documentReference: `'风险评估表'!${risk?.cells.riskId}`,
      textToDisplay: "GAP-9.2",
    });

    const again = await sendGapsToRegister(port, { lang: "zh-CN", ids });
    expect(again).toEqual({ status: "sent", sent: [], skipped: expect.arrayContaining(ids) });
    expect((await readWorkbook(port)).risks).toHaveLength(before.risks.length + 50);
  });

  it("fills the blank prepared rows of a new register before appending", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, { ...options, sample: false });
    const before = await readWorkbook(port);
    expect(before.risks).toHaveLength(0);
    const gapSheet = sheetOf(host, "差距分析");
    for (const id of ["6.1.2", "9.2"]) {
      const address = before.gap.find((g) => g.requirementId === id)?.cells.currentRating ?? "";
      const cell = gapSheet.cells[address];
      if (!cell) throw new Error(`no rating cell for ${id}`);
      cell.value = 1;
    }
    const register = sheetOf(host, "风险评估表");
    const rows = register.tables[0]?.rect.rowCount;
    const result = await sendGapsToRegister(port, { lang: "en" });
    expect(result).toEqual({
      status: "sent",
      sent: [
        { requirementId: "6.1.2", riskId: "GAP-6.1.2" },
        { requirementId: "9.2", riskId: "GAP-9.2" },
      ],
      skipped: [],
    });
    expect(register.cells.A2?.value).toBe("GAP-6.1.2");
    expect(register.cells.A3?.value).toBe("GAP-9.2");
    expect(register.tables[0]?.rect.rowCount).toBe(rows);
    expect((await readWorkbook(port)).risks.map((r) => r.asset)).toEqual(["ISMS", "ISMS"]);
  });

  it("writes the same register and links through the .xlsx port", async () => {
    const office = portOver().port;
    const file = XlsxWorkbookPort.create();
    await createWorkbook(office, options);
    await createWorkbook(file, options);
    const [a, b] = [
      await sendGapsToRegister(office, { lang: "zh-CN" }),
      await sendGapsToRegister(file, { lang: "zh-CN" }),
    ];
    expect(a).toEqual(b);
    expect(a.status === "sent" && a.sent.length).toBeGreaterThan(50);
    const [ra, rb] = [await readWorkbook(office), await readWorkbook(file)];
    expect(ra.risks).toEqual(rb.risks);
    expect(ra.gap).toEqual(rb.gap);
  });
});

describe("the gap analysis sheet through Office.js", () => {
  it("is added beside a workbook's own gap sheet, never over it", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, { lang: "zh-CN", standard: "2022", method: "li", sample: true });
    await addGapSheet(port, "zh-CN");
    expect(sheetOf(host, "差距分析 (2)").tables[0]?.name).toBe("ISMS_Gap_2");
    expect(sheetOf(host, "差距分析").cells.A2?.value).toBe("4");
    // The workbook's metadata now names the new sheet: it is the one scored; the first is kept as it was.
    expect((await scoreGapSheet(port)).sheet).toBe("差距分析 (2)");
    expect(sheetOf(host, "差距分析").tables[0]?.name).toBe("ISMS_Gap");
  });

  it.each(["2022", "2013"] as const)(
    "is created with every requirement (%s) and both charts in at most 4 syncs, then scored",
    async (standard) => {
      const { host, port } = portOver({ sheets: [{ name: "Client notes", rows: [["kick-off 3 March"]] }] });
      await addGapSheet(port, "zh-CN", standard);
      expect(host.syncCount).toBeLessThanOrEqual(4);
      const sheet = sheetOf(host, "差距分析");
      const controls = standard === "2022" ? 93 : 114;
      expect(sheet.tables[0]?.rect.rowCount).toBe(1 + 41 + controls);
      expect(sheet.charts.map((chart) => [chart.type, chart.series.length])).toEqual([
        ["ColumnClustered", 2],
        ["Radar", 2],
      ]);
      const report = await scoreGapSheet(port);
      expect(report.sheet).toBe("差距分析");
      expect(report.scores.overall.total).toBe(41 + controls);
      expect(report.scores.overall.rated).toBe(0);
    },
  );
});
