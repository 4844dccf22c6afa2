/** Deriving the SoA from the register's existing controls and the plan's selected controls. */
import { controls } from "../../../src/domain/catalog";
import { deriveSoa } from "../../../src/domain/soa";
import { EXPECTED, PREVIOUS, RISKS, TREATMENTS, UNDECIDED } from "./soaFixture";

const result = deriveSoa({ standard: "2022", risks: RISKS, treatments: TREATMENTS, previous: PREVIOUS });
const entry = (id: string) => result.entries.find((one) => one.id === id);

describe("deriveSoa", () => {
  it("lists every 2022 control once, in catalog order", () => {
    expect(result.entries.map((one) => one.id)).toEqual(controls("2022").map((control) => control.id));
  });

  it.each(controls("2022").map((control) => control.id))(
    "derives applicability, reasons and risks of %s",
    (id) => {
      const { applicable, reasons, risks } = entry(id) ?? {};
      expect({ applicable, reasons, risks }).toEqual(EXPECTED[id] ?? UNDECIDED);
    },
  );

  it("dates a control by the latest due date of the treatments citing it", () => {
    expect(entry("8.8")?.plannedDate).toBe("2026-06-15");
    expect(entry("8.5")?.plannedDate).toBe("2026-05-31");
  });

  it("gives no planned date to an implemented control", () => {
    const implemented = deriveSoa({
      standard: "2022",
      risks: RISKS,
      treatments: TREATMENTS,
      previous: [{ controlId: "8.8", status: "Implemented" }],
    });
    expect(implemented.entries.find((one) => one.id === "8.8")).toMatchObject({ status: "implemented" });
    expect(implemented.entries.find((one) => one.id === "8.8")?.plannedDate).toBeUndefined();
  });

  it("notes the 2013 ids a register cited, mapped to 2022", () => {
    expect(entry("8.2")?.mappedFrom).toEqual(["A.9.2.3"]);
    expect(entry("8.13")?.mappedFrom).toEqual(["A.12.3.1"]);
    expect(entry("8.5")?.mappedFrom).toBeUndefined();
  });

  it("does not select a control only an accepted risk names", () => {
    expect(entry("6.3")?.applicable).toBeUndefined();
  });

  it("counts applicability overall, by theme and by status", () => {
    expect(result.counts).toMatchObject({ applicable: 12, excluded: 1, undecided: 80 });
    expect(result.counts.byTheme.physical).toEqual({ applicable: 1, excluded: 1, undecided: 12 });
    expect(result.counts.byStatus).toEqual({
      implemented: 1,
      partial: 0,
      planned: 0,
      notImplemented: 0,
      unset: 92,
    });
  });

  it("reports nothing for a consistent SoA", () => {
    expect(result.findings).toEqual([]);
  });

  it("derives a 2013 SoA of 114 controls, mapping 2022 ids back", () => {
    const soa2013 = deriveSoa({
      standard: "2013",
      risks: [{ riskId: "R-1", existingControls: ["A.12.3.1", "8.2"] }],
      treatments: [],
    });
    expect(soa2013.entries).toHaveLength(114);
    expect(soa2013.entries.find((one) => one.id === "A.9.2.3")).toMatchObject({
      applicable: true,
      reasons: ["existingControl"],
      mappedFrom: ["8.2"],
    });
    expect(soa2013.counts.byTheme["A.12"]).toMatchObject({ applicable: 1 });
  });
});
