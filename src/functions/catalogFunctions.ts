/**
 * ISMS.* custom functions of the control catalog: control titles, the 2013→2022 mapping and control id
 * normalisation. Each takes a cell or a range and returns the same shape; a cell that cannot be read gets
 * its own #VALUE! (message in the user's language), while a bad option fails the whole call.
 *
 * Return types are left to inference on purpose: the metadata generator reads them from `@returns`, and a
 * TypeScript annotation admitting CustomFunctions.Error inside the matrix has no metadata equivalent.
 */
import {
  controlById,
  normalizeControlIds,
  scanControlRefs,
  type ControlRef,
  type Standard,
} from "../domain/catalog";
import type { Lang } from "../i18n";
import { functionLang, invalidValueFor, isBlank, mapCells, scalarOf, type CellValue } from "./shared";

type CellResult = string | CustomFunctions.Error;

const ZH = /^(zh([-_].*)?|chinese|中文|简体中文)$/i;
const EN = /^(en([-_].*)?|english|英文|英语)$/i;
const STANDARD = /^(?:iso(?:\/iec)?\s*27001\s*:\s*)?(2013|2022)$/i;

/** The `lang` option: the language of Excel when omitted. */
function titleLang(option: CellValue, userLang: Lang): Lang {
  const value = scalarOf(option);
  if (isBlank(value)) return userLang;
  const text = String(value).trim();
  if (ZH.test(text)) return "zh-CN";
  if (EN.test(text)) return "en";
  throw invalidValueFor(userLang, "catalog.errors.lang", { value: text });
}

/** The `standard` option: undefined (recognise from the id) when omitted. */
function standardOption(option: CellValue, userLang: Lang): Standard | undefined {
  const value = scalarOf(option);
  if (isBlank(value)) return undefined;
  const match = STANDARD.exec(String(value).trim());
  if (match?.[1] === "2013" || match?.[1] === "2022") return match[1];
  throw invalidValueFor(userLang, "catalog.errors.standard", { value: String(value) });
}

/** A cell's text, or an error for values that cannot be a control id (TRUE, an error, …). */
function cellText(value: CellValue, userLang: Lang): string | CustomFunctions.Error {
  if (isBlank(value)) return "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return invalidValueFor(userLang, "catalog.errors.notText", { value: String(value) });
}

function unknownControl(userLang: Lang, id: string, standard: Standard): CustomFunctions.Error {
  return invalidValueFor(userLang, "catalog.errors.unknownControl", { id, standard });
}

function titleOf(ref: ControlRef, lang: Lang, userLang: Lang, standard: Standard | undefined): CellResult {
  if (ref.kind === "unknown") return unknownControl(userLang, ref.token, standard ?? "2022");
  const wanted = standard ?? ref.kind;
  if (ref.kind === "2013" && wanted === "2022") {
    return invalidValueFor(userLang, "catalog.errors.legacyControl", {
      id: ref.id,
      ids: ref.ids2022.join(", "),
    });
  }
  const control = ref.kind === wanted ? controlById(ref.id, wanted) : undefined;
  return control ? control.title[lang] : unknownControl(userLang, ref.id, wanted);
}

/**
 * Title of an ISO/IEC 27001 Annex A control.
 * @customfunction CONTROL
 * @param id Control id (5.15, A.5.15, A.9.2.3 …), a cell or a range.
 * @param [lang] Optional: "en" or "zh-CN" (default: the language of Excel).
 * @param [standard] Optional: 2022 or 2013 (default: recognised from the id).
 * @returns {string[][]} The control title for each cell.
 */
export function control(id: unknown[][], lang?: unknown, standard?: unknown) {
  const userLang = functionLang();
  const outLang = titleLang(lang, userLang);
  const wanted = standardOption(standard, userLang);
  return mapCells<CellResult>(userLang, [id], ([value]) => {
    const text = cellText(value, userLang);
    if (typeof text !== "string") return text;
    const refs = scanControlRefs(text);
    const [ref] = refs;
    if (!ref) return "";
    if (refs.length > 1) return invalidValueFor(userLang, "catalog.errors.notOneControl", { text });
    return titleOf(ref, outLang, userLang, wanted);
  });
}

/**
 * ISO/IEC 27001:2022 control(s) that a 2013 Annex A control became (Table B.1).
 * @customfunction CONTROLMAP
 * @param id2013 2013 control id (A.9.2.3), a cell or a range.
 * @returns {string[][]} The 2022 control ids for each cell, comma-separated.
 */
export function controlMap(id2013: unknown[][]) {
  const userLang = functionLang();
  return mapCells<CellResult>(userLang, [id2013], ([value]) => {
    const text = cellText(value, userLang);
    if (typeof text !== "string") return text;
    const ids: string[] = [];
    for (const ref of scanControlRefs(text)) {
      if (ref.kind !== "2013") {
        const id = ref.kind === "unknown" ? ref.token : ref.id;
        return invalidValueFor(userLang, "catalog.errors.notLegacyControl", { id });
      }
      ids.push(...ref.ids2022.filter((mapped) => !ids.includes(mapped)));
    }
    return ids.join(", ");
  });
}

/**
 * Canonical 2022 control ids in a cell of free text (A.5.1, 5.1 Policies…, 2013 ids mapped).
 * @customfunction CONTROLID
 * @param text Text naming one or more controls, a cell or a range.
 * @returns {string[][]} The 2022 control ids for each cell, comma-separated.
 */
export function controlId(text: unknown[][]) {
  const userLang = functionLang();
  return mapCells<CellResult>(userLang, [text], ([value]) => {
    const cell = cellText(value, userLang);
    if (typeof cell !== "string") return cell;
    const { ids, unknown } = normalizeControlIds(cell);
    if (unknown.length > 0) {
      const tokens = unknown.map((token) => `"${token}"`).join(", ");
      return invalidValueFor(userLang, "catalog.errors.unknownTokens", { tokens });
    }
    return ids.join(", ");
  });
}
