/**
 * ISO/IEC 27002:2022 Annex B, Table B.1: how each 2013 Annex A control carries over into 2022, in both
 * directions. One 2013 control (A.18.2.3) splits into two 2022 controls; eleven 2022 controls are new and
 * have no 2013 predecessor.
 */
import { ANNEX_A_2022 } from "./annexA2022";
import type { ControlId, LegacyControlId } from "./types";

/** Each 2013 control (in order) with its 2022 control(s), space-separated; kept as a grid to read like the table. */
// prettier-ignore
const TABLE_B1: readonly (readonly [string, string])[] = [
  ["A.5.1.1", "5.1"], ["A.5.1.2", "5.1"], ["A.6.1.1", "5.2"], ["A.6.1.2", "5.3"], ["A.6.1.3", "5.5"],
  ["A.6.1.4", "5.6"], ["A.6.1.5", "5.8"], ["A.6.2.1", "8.1"], ["A.6.2.2", "6.7"], ["A.7.1.1", "6.1"],
  ["A.7.1.2", "6.2"], ["A.7.2.1", "5.4"], ["A.7.2.2", "6.3"], ["A.7.2.3", "6.4"], ["A.7.3.1", "6.5"],
  ["A.8.1.1", "5.9"], ["A.8.1.2", "5.9"], ["A.8.1.3", "5.10"], ["A.8.1.4", "5.11"], ["A.8.2.1", "5.12"],
  ["A.8.2.2", "5.13"], ["A.8.2.3", "5.10"], ["A.8.3.1", "7.10"], ["A.8.3.2", "7.10"], ["A.8.3.3", "7.10"],
  ["A.9.1.1", "5.15"], ["A.9.1.2", "5.15"], ["A.9.2.1", "5.16"], ["A.9.2.2", "5.18"], ["A.9.2.3", "8.2"],
  ["A.9.2.4", "5.17"], ["A.9.2.5", "5.18"], ["A.9.2.6", "5.18"], ["A.9.3.1", "5.17"], ["A.9.4.1", "8.3"],
  ["A.9.4.2", "8.5"], ["A.9.4.3", "5.17"], ["A.9.4.4", "8.18"], ["A.9.4.5", "8.4"], ["A.10.1.1", "8.24"],
  ["A.10.1.2", "8.24"], ["A.11.1.1", "7.1"], ["A.11.1.2", "7.2"], ["A.11.1.3", "7.3"], ["A.11.1.4", "7.5"],
  ["A.11.1.5", "7.6"], ["A.11.1.6", "7.2"], ["A.11.2.1", "7.8"], ["A.11.2.2", "7.11"], ["A.11.2.3", "7.12"],
  ["A.11.2.4", "7.13"], ["A.11.2.5", "7.10"], ["A.11.2.6", "7.9"], ["A.11.2.7", "7.14"], ["A.11.2.8", "8.1"],
  ["A.11.2.9", "7.7"], ["A.12.1.1", "5.37"], ["A.12.1.2", "8.32"], ["A.12.1.3", "8.6"], ["A.12.1.4", "8.31"],
  ["A.12.2.1", "8.7"], ["A.12.3.1", "8.13"], ["A.12.4.1", "8.15"], ["A.12.4.2", "8.15"], ["A.12.4.3", "8.15"],
  ["A.12.4.4", "8.17"], ["A.12.5.1", "8.19"], ["A.12.6.1", "8.8"], ["A.12.6.2", "8.19"], ["A.12.7.1", "8.34"],
  ["A.13.1.1", "8.20"], ["A.13.1.2", "8.21"], ["A.13.1.3", "8.22"], ["A.13.2.1", "5.14"], ["A.13.2.2", "5.14"],
  ["A.13.2.3", "5.14"], ["A.13.2.4", "6.6"], ["A.14.1.1", "5.8"], ["A.14.1.2", "8.26"], ["A.14.1.3", "8.26"],
  ["A.14.2.1", "8.25"], ["A.14.2.2", "8.32"], ["A.14.2.3", "8.32"], ["A.14.2.4", "8.32"], ["A.14.2.5", "8.27"],
  ["A.14.2.6", "8.31"], ["A.14.2.7", "8.30"], ["A.14.2.8", "8.29"], ["A.14.2.9", "8.29"], ["A.14.3.1", "8.33"],
  ["A.15.1.1", "5.19"], ["A.15.1.2", "5.20"], ["A.15.1.3", "5.21"], ["A.15.2.1", "5.22"], ["A.15.2.2", "5.22"],
  ["A.16.1.1", "5.24"], ["A.16.1.2", "6.8"], ["A.16.1.3", "6.8"], ["A.16.1.4", "5.25"], ["A.16.1.5", "5.26"],
  ["A.16.1.6", "5.27"], ["A.16.1.7", "5.28"], ["A.17.1.1", "5.29"], ["A.17.1.2", "5.29"], ["A.17.1.3", "5.29"],
  ["A.17.2.1", "8.14"], ["A.18.1.1", "5.31"], ["A.18.1.2", "5.32"], ["A.18.1.3", "5.33"], ["A.18.1.4", "5.34"],
  ["A.18.1.5", "5.31"], ["A.18.2.1", "5.35"], ["A.18.2.2", "5.36"], ["A.18.2.3", "5.36 8.8"],
];

/** One row of Table B.1: a 2013 control and one 2022 control it became. */
export interface MappingPair {
  readonly id2013: LegacyControlId;
  readonly id2022: ControlId;
}

/** All 115 (2013, 2022) pairs of Table B.1, in 2013 order. */
export const MAPPING_PAIRS: readonly MappingPair[] = TABLE_B1.flatMap(([id2013, targets]) =>
  targets.split(" ").map((id2022) => ({ id2013: id2013 as LegacyControlId, id2022: id2022 as ControlId })),
);

const FORWARD = new Map<string, ControlId[]>();
const BACKWARD = new Map<string, LegacyControlId[]>(ANNEX_A_2022.map((control) => [control.id, []]));
for (const { id2013, id2022 } of MAPPING_PAIRS) {
  FORWARD.set(id2013, [...(FORWARD.get(id2013) ?? []), id2022]);
  BACKWARD.get(id2022)?.push(id2013);
}

/**
 * The 2022 control(s) a 2013 control became (canonical 2013 id); empty for an id that is not a 2013
 * control.
 * @example mapping2013To2022("A.18.2.3") // ["5.36", "8.8"]
 */
export function mapping2013To2022(id2013: string): readonly ControlId[] {
  return FORWARD.get(id2013) ?? [];
}

/**
 * The 2013 controls that became this 2022 control (canonical 2022 id); empty for the eleven new
 * controls and for ids that are not 2022 controls.
 * @example mapping2022To2013("8.15") // ["A.12.4.1", "A.12.4.2", "A.12.4.3"]
 * @example mapping2022To2013("5.23") // [] (new in 2022)
 */
export function mapping2022To2013(id2022: string): readonly LegacyControlId[] {
  return BACKWARD.get(id2022) ?? [];
}

/**
 * The 2022 controls with no 2013 predecessor.
 * @example newControls2022() // ["5.7", "5.23", "5.30", "7.4", "8.9", …]
 */
export function newControls2022(): readonly ControlId[] {
  return ANNEX_A_2022.filter((control) => mapping2022To2013(control.id).length === 0).map(
    (control) => control.id,
  );
}
