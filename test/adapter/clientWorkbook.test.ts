/**
 * A workbook the client team can fill in, created through the Office.js port: in at most 4 syncs, and the
 * same checks as on the files the command writes (test/xlsx/clientWorkbook.test.ts) hold on the fake
 * host's model — libraries filled, calculated columns, print setup of the data sheets and registers, one
 * unique people list behind every owner list, the heat map in its bands' colours. Both languages, with and without the sample, two methods.
 */
import { LANGS } from "../../src/i18n";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { clientProblems, fakeModel, NO_PROBLEMS, type ClientCase } from "../support/clientChecks";
import { portOver } from "./portHarness";

const CASES: readonly ClientCase[] = LANGS.flatMap((lang) =>
  (["atv", "cia-max"] as const).flatMap((method) =>
    [true, false].map((sample) => ({ lang, method, sample })),
  ),
);

describe.each(CASES)("a new workbook through Office.js ($lang $method sample=$sample)", (c) => {
  it("is created in at most 4 syncs and holds everything a client team needs", async () => {
    const { host, port } = portOver();
    const created = await createWorkbook(port, { ...c, standard: "2022" });
    expect(created.status).toBe("created");
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(clientProblems(fakeModel(host), c)).toEqual(NO_PROBLEMS);
  });
});
