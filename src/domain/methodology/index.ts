/** The risk assessment methodology: types, presets and the workbook names its sheet defines. */
export * from "./types";
export { presets, presetById, defaultMethodology, isMethodId, DEFAULT_METHOD } from "./presets";
export { DEFAULT_LEVELS, DEFAULT_SCALES } from "./scales";
export { GBT_20984_2007_MATRICES } from "./gbtMatrices";
export { NAMES, SCALE_NAMES } from "./namedRanges";
