/**
 * The control catalogs: ISO/IEC 27001:2022 and 2013 Annex A, clauses 4–10, the 2013→2022 mapping,
 * control id normalisation, and the threat, vulnerability and asset libraries, in English and Chinese.
 */
export type {
  AssetClass,
  AssetClassId,
  AssetLayer,
  AssetLayerId,
  Clause,
  Control2013,
  Control2022,
  ControlId,
  ControlType,
  Heading2013,
  LegacyControlId,
  LibraryClass,
  LibraryEntry,
  LibrarySource,
  LocalizedText,
  Rating,
  SecurityProperty,
  Standard,
  Theme,
  Threat,
  ThreatClassId,
  Vulnerability,
  VulnerabilityGroup,
  VulnerabilityGroupId,
  VulnerabilityKind,
} from "./types";
export { THEMES } from "./annexA2022";
export { DOMAINS_2013, OBJECTIVES_2013 } from "./annexA2013";
export { THREAT_CLASSES } from "./threats";
export { VULNERABILITY_GROUPS } from "./vulnerabilities";
export {
  MAPPING_PAIRS,
  mapping2013To2022,
  mapping2022To2013,
  newControls2022,
  type MappingPair,
} from "./mapping";
export {
  isControlId,
  normalizeControlIds,
  scanControlRefs,
  type ControlRef,
  type LegacyControlRef,
  type NormalizedControlIds,
} from "./controlIds";
export {
  assetClasses,
  assetLayers,
  clauseById,
  clauses,
  controlById,
  controls,
  controlTitle,
  threats,
  vulnerabilities,
} from "./lookup";
