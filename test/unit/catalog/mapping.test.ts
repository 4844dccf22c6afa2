/** The 2013→2022 mapping (ISO/IEC 27002:2022 Table B.1) against the shared reference, both ways. */
import {
  controls,
  MAPPING_PAIRS,
  mapping2013To2022,
  mapping2022To2013,
  newControls2022,
} from "../../../src/domain/catalog";
import { readReferenceCsv } from "./referenceData";

const reference = readReferenceCsv("mapping-2013-2022.csv");

describe("2013 → 2022 mapping", () => {
  it("equals the reference pair for pair (115 pairs)", () => {
    expect(reference).toHaveLength(115);
    expect(MAPPING_PAIRS.map((p) => [p.id2013, p.id2022])).toEqual(
      reference.map((r) => [r.id_2013, r.id_2022]),
    );
  });

  it("maps every one of the 114 controls of 2013", () => {
    expect(controls("2013").filter((c) => mapping2013To2022(c.id).length === 0)).toEqual([]);
  });

  it("maps A.18.2.3 to both 5.36 and 8.8", () => {
    expect(mapping2013To2022("A.18.2.3")).toEqual(["5.36", "8.8"]);
  });

  it("maps only to controls of the 2022 catalog", () => {
    const ids2022 = new Set(controls("2022").map((c) => c.id));
    expect(MAPPING_PAIRS.filter((p) => !ids2022.has(p.id2022))).toEqual([]);
  });

  it("gives no predecessor to the 11 controls new in 2022", () => {
    expect(newControls2022()).toEqual([
      "5.7",
      "5.23",
      "5.30",
      "7.4",
      "8.9",
      "8.10",
      "8.11",
      "8.12",
      "8.16",
      "8.23",
      "8.28",
    ]);
  });

  it("reads the same pairs backwards from 2022", () => {
    const backwards = controls("2022").flatMap((c) =>
      mapping2022To2013(c.id).map((id2013) => `${id2013}>${c.id}`),
    );
    expect(backwards.sort()).toEqual(reference.map((r) => `${r.id_2013}>${r.id_2022}`).sort());
  });

  it.each([
    ["8.15", ["A.12.4.1", "A.12.4.2", "A.12.4.3"]],
    ["5.36", ["A.18.2.2", "A.18.2.3"]],
    ["8.8", ["A.12.6.1", "A.18.2.3"]],
    ["5.23", []],
  ])("traces %s back to %j", (id2022, ids2013) => {
    expect(mapping2022To2013(id2022)).toEqual(ids2013);
  });

  it.each(["A.19.1.1", "5.1", "", "A.9.2"])("knows no mapping for %j", (id) => {
    expect(mapping2013To2022(id)).toEqual([]);
  });
});
