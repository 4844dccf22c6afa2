/**
 * The Readiness panel's read budget through the Office.js port and the strict fake: judging a sample
 * workbook (its risk work and its registers) costs at most two syncs — the sheets' heads, then the rest
 * of the ISMS sheets and registers — and what it reads is all the judgement needs: the items are the same
 * as from the whole workbook read in full.
 */
import { checkReadiness, readinessOf } from "../../src/operations/checkReadiness";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { portOver } from "./portHarness";

const options = { today: "2026-04-01", lang: "zh-CN" } as const;

async function sampleWorkbook(lang: "zh-CN" | "en") {
  const under = portOver({}, { webPayloadLimit: true });
  const created = await createWorkbook(under.port, { lang, standard: "2022", method: "atv", sample: true });
  expect(created.status).toBe("created");
  under.host.resetCounters();
  return under;
}

describe.each(["zh-CN", "en"] as const)("checking readiness through Office.js (%s sample)", (lang) => {
  it("reads the workbook in at most 2 syncs", async () => {
    const { host, port } = await sampleWorkbook(lang);
    const report = await checkReadiness(port, { ...options, lang });
    expect(report.items).toHaveLength(16);
    expect(report.blockers.length).toBeGreaterThan(0);
    expect(host.syncCount).toBeLessThanOrEqual(2);
  });

  it("judges the same items as the whole workbook read in full", async () => {
    const { port } = await sampleWorkbook(lang);
    const report = await checkReadiness(port, { ...options, lang });
    const full = readinessOf(await port.read(), { ...options, lang });
    expect(report.items).toEqual(full.items);
    expect(report.score).toBe(full.score);
    expect(Object.keys(report.sources.registers).length).toBeGreaterThanOrEqual(10);
  });
});
