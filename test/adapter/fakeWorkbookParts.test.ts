/** The fake host's tables, names, custom XML parts and renames behave as the port relies on. */
import { FakeExcel, fakeExcelRun, findSheet } from "../fakes";

describe("fake Excel: tables", () => {
  it("adds a table over headers and rows, names it and grows it with rows.add", async () => {
    const host = new FakeExcel({
      sheets: [
        {
          name: "S",
          rows: [
            ["ID", "Owner"],
            ["R-1", "Li"],
          ],
        },
      ],
    });
    const body = await fakeExcelRun(host)(async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
      table.name = "ISMS_Risks";
      table.rows.add(undefined, [["R-2", "Wang"]]);
      const range = table.getDataBodyRange().load("address, values");
      await context.sync();
      return { address: range.address, values: range.values };
    });
    expect(body).toEqual({
      address: "S!A2:B3",
      values: [
        ["R-1", "Li"],
        ["R-2", "Wang"],
      ],
    });
    expect(findSheet(host.state, "S")?.tables).toEqual([
      { name: "ISMS_Risks", rect: { row: 0, column: 0, rowCount: 3, columnCount: 2 } },
    ]);
  });

  it("refuses a second table with a name used anywhere in the workbook", async () => {
    const host = new FakeExcel({
      sheets: [
        { name: "A", rows: [["h"], [1]], tables: [{ name: "T", address: "A1:A2" }] },
        { name: "B", rows: [["h"], [1]] },
      ],
    });
    const code = await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("B").tables.add("A1:A2", true).name = "t";
      await context.sync();
    }).then(
      () => "no error",
      (error: { code: string }) => error.code,
    );
    expect(code).toBe("ItemAlreadyExists");
  });
});

describe("fake Excel: names, custom XML parts, renames", () => {
  it("stores a defined name and refuses the same name twice", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Method" }] });
    const add = () =>
      fakeExcelRun(host)(async (context) => {
        context.workbook.names.add("ISMS_Levels", "='Method'!$B$3:$B$7");
        await context.sync();
      });
    await add();
    await expect(add()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(host.state.names).toEqual([{ name: "ISMS_Levels", formula: "='Method'!$B$3:$B$7" }]);
  });

  it("files a custom XML part under its root namespace and returns its XML", async () => {
    const host = new FakeExcel();
    const xml = await fakeExcelRun(host)(async (context) => {
      context.workbook.customXmlParts.add('<m xmlns="urn:x">1</m>');
      await context.sync();
      const parts = context.workbook.customXmlParts.getByNamespace("urn:x").load("items/id");
      await context.sync();
      const result = parts.items.map((part) => part.getXml());
      await context.sync();
      return result.map((item) => item.value);
    });
    expect(xml).toEqual(['<m xmlns="urn:x">1</m>']);
    expect(host.state.customXmlParts[0]?.namespaceUri).toBe("urn:x");
  });

  it("keeps a worksheet proxy on its sheet after a rename in the same request", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Risks");
      sheet.name = "风险评估表";
      sheet.getRange("A1").values = [["after rename"]];
      await context.sync();
    });
    expect(findSheet(host.state, "风险评估表")?.cells.A1?.value).toBe("after rename");
  });
});

describe("one namespace for tables and defined names", () => {
  it("refuses a defined name that a table already has, as Excel does", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Method", rows: [["key"], ["li"]] }] });
    const run = fakeExcelRun(host);
    await run(async (context) => {
      context.workbook.tables.add("Method!A1:A2", true).name = "ISMS_Method";
      await context.sync();
    });
    const refused = run(async (context) => {
      context.workbook.names.add("ISMS_Method", context.workbook.worksheets.getItem("Method").getRange("A2"));
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
