/**
 * The ISMS metadata as a custom XML part: the format is defined once in src/workbook/metadata.ts, which the
 * .xlsx port reads too.
 */
export { ISMS_METADATA_NAMESPACE, metadataXml, parseMetadataXml } from "../workbook/metadata";
