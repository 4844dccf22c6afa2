/** Carrying a 2013 SoA to 2022 against the reference mapping (ISO/IEC 27002:2022 Table B.1). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { controls } from "../../../src/domain/catalog";
import { convert2013To2022, deriveSoa, type SoaPreviousRow } from "../../../src/domain/soa";
import { repoRoot } from "../../support/root";

const pairs = readFileSync(path.join(repoRoot, "../shared/reference/mapping-2013-2022.csv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== "")
  .map((line) => line.split(",").map((cell) => cell.trim()) as [string, string]);

const sourcesOf = new Map<string, string[]>();
for (const [id2013, id2022] of pairs) sourcesOf.set(id2022, [...(sourcesOf.get(id2022) ?? []), id2013]);

const full2013: SoaPreviousRow[] = controls("2013").map((control) => ({
  controlId: control.id,
  applicable: true,
  status: "已实施",
  documents: `Doc ${control.id}`,
}));
const converted = convert2013To2022(full2013);

describe("convert2013To2022", () => {
  it("gives a row to every 2022 control the reference maps a 2013 control to, in 2022 order", () => {
    const expected = controls("2022")
      .map((control) => control.id)
      .filter((id) => sourcesOf.has(id));
    expect(converted.rows.map((row) => row.controlId)).toEqual(expected);
  });

  it("flags exactly the 2022 controls several 2013 controls merged into", () => {
    const merged = [...sourcesOf].filter(([, from]) => from.length > 1);
    expect(converted.review).toHaveLength(merged.length);
    for (const [id2022, from] of merged) expect(converted.review).toContainEqual({ id2022, from });
  });

  it.each(pairs.filter(([, id2022]) => sourcesOf.get(id2022)?.length === 1))(
    "carries %s across to %s unchanged",
    (id2013, id2022) => {
      expect(converted.rows.find((row) => row.controlId === id2022)).toEqual({
        controlId: id2022,
        applicable: true,
        status: "已实施",
        documents: `Doc ${id2013}`,
      });
    },
  );

  it("joins the entries of a merged control, labelled by 2013 id, and takes the least implemented status", () => {
    const { rows, review } = convert2013To2022([
      { controlId: "A.12.4.1", status: "已实施", documents: "日志管理程序" },
      { controlId: "A.12.4.3", status: "部分实施", documents: "管理员日志规范", justification: "" },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        controlId: "8.15",
        status: "partial",
        documents: "A.12.4.1: 日志管理程序\nA.12.4.3: 管理员日志规范",
      }),
    ]);
    expect(review).toEqual([{ id2022: "8.15", from: ["A.12.4.1", "A.12.4.3"] }]);
  });

  it("carries a split 2013 control (A.18.2.3) to both its 2022 controls", () => {
    const { rows } = convert2013To2022([{ controlId: "A.18.2.3", applicable: false, justification: "外包" }]);
    expect(rows.map((row) => row.controlId)).toEqual(["5.36", "8.8"]);
  });

  it("keeps a row that names no 2013 control, for the SoA to keep as legacy", () => {
    const { rows } = convert2013To2022([{ controlId: "X.1", notes: "自定义" }]);
    expect(rows).toEqual([{ controlId: "X.1", notes: "自定义" }]);
    const soa = deriveSoa({ standard: "2022", risks: [], treatments: [], previous: rows });
    expect(soa.entries.at(-1)).toMatchObject({ id: "X.1", legacy: true, notes: "自定义" });
  });

  it("leaves the eleven new 2022 controls undecided after conversion", () => {
    const soa = deriveSoa({ standard: "2022", risks: [], treatments: [], previous: converted.rows });
    expect(soa.counts).toMatchObject({ applicable: 82, undecided: 11, excluded: 0 });
  });
});
