/**
 * A workbook the client team can fill in, as the `isms` command's port writes it: each generated workbook
 * (zh-CN and en, with and without the sample, two methods) opened with independent readers (ExcelJS for
 * cells and fills, the package's XML for table parts, validations and print setup) holds the threat and
 * vulnerability libraries, a calculated column (`calculatedColumnFormula`) for every computed column with
 * its formula in every prepared row, the print setup of every data sheet and register, one unique people
 * list behind every owner list (the registers' included), and the heat map in its bands' colours. The same checks run on the Office.js port's
 * result in test/adapter/clientWorkbook.test.ts.
 */
import { LANGS } from "../../src/i18n";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { clientProblems, fileModel, NO_PROBLEMS, type ClientCase } from "../support/clientChecks";

const CASES: readonly ClientCase[] = LANGS.flatMap((lang) =>
  (["atv", "cia-max"] as const).flatMap((method) =>
    [true, false].map((sample) => ({ lang, method, sample })),
  ),
);

describe.each(CASES)("a new workbook file ($lang $method sample=$sample)", (c) => {
  it("holds everything a client team needs, read back with independent readers", async () => {
    const port = XlsxWorkbookPort.create();
    expect((await createWorkbook(port, { ...c, standard: "2022" })).status).toBe("created");
    const model = await fileModel(await port.toBuffer());
    expect(clientProblems(model, c)).toEqual(NO_PROBLEMS);
  });
});
