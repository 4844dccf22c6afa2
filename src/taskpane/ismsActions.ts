/**
 * Every panel's actions over one WorkbookPort: the single entry of the lazily loaded workbook chunk, so
 * webpack can join the whole workbook model into one scope instead of one module wrapper per file.
 */
export { ismsAdoptActions } from "./ismsAdoptActions";
export { ismsGapActions } from "./ismsGapActions";
export { ismsReadinessActions } from "./ismsReadinessActions";
export { ismsSoaActions } from "./ismsSoaActions";
export { ismsValidateActions } from "./ismsValidateActions";
export { ismsWorkbookActions } from "./ismsWorkbookActions";
