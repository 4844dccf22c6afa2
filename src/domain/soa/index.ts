/**
 * The Statement of Applicability (适用性声明): derived from the risk register's existing controls and the
 * treatment plan's selected controls, merged with what a person typed, and carried from 2013 to 2022.
 */
export * from "./types";
export { deriveSoa } from "./deriveSoa";
export { convert2013To2022, type SoaConversion, type SoaReview } from "./convert2013To2022";
export { isBoilerplateJustification, parseReasons, parseStatus } from "./soaText";
export {
  soaBaseline,
  soaBaselineOfRows,
  soaChanges,
  type SoaBaseline,
  type SoaChange,
  type SoaChangeKind,
} from "./soaChanges";
export { canonicalId } from "./soaPrevious";
