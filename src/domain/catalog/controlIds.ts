/**
 * Control id normalisation: turns what people type in a "Control(s)" cell into canonical 2022 ids.
 * Real workbooks write `5.1`, `A.5.1`, `A5.1`, `a.5.1`, `5.1 Policies for…`, `A.5.1 - Policies`, full-width
 * `５．１`, several ids in one cell (`,` `;` `、` `，` `；` or line breaks), notes in parentheses, and 2013
 * ids (`A.9.2.3`), which are recognised and mapped through Table B.1. Anything else is reported, never
 * dropped, so a validator can point at it.
 */
import { CONTROLS_2013_BY_ID } from "./annexA2013";
import { CONTROLS_2022_BY_ID } from "./annexA2022";
import { mapping2013To2022 } from "./mapping";
import type { ControlId, LegacyControlId } from "./types";

/** One reference found in a cell, in the order it appears. */
export type ControlRef =
  | { readonly kind: "2022"; readonly id: ControlId }
  | { readonly kind: "2013"; readonly id: LegacyControlId; readonly ids2022: readonly ControlId[] }
  | { readonly kind: "unknown"; readonly token: string };

/** A 2013 id found in a cell and the 2022 controls it maps to. */
export interface LegacyControlRef {
  readonly id2013: LegacyControlId;
  readonly ids2022: readonly ControlId[];
}

export interface NormalizedControlIds {
  /** Canonical 2022 ids, first appearance first, without duplicates; mapped 2013 ids included. */
  readonly ids: readonly ControlId[];
  /** The 2013 ids that were found (a validator may ask for them to be rewritten). */
  readonly legacy: readonly LegacyControlRef[];
  /** Tokens that name no control, as written (after width normalisation). */
  readonly unknown: readonly string[];
}

/**
 * An id at the start of a segment: an optional "Annex A" / "附录A" / "A" prefix, then 2 or 3 numbers.
 * The lookahead stops "5.1" from matching the front of "5.10" or of a 4-part number.
 */
const LEADING_ID =
  /^(?:annex\s*a|附录\s*a|a)?\s*[.\-\s]?\s*(\d{1,2}(?:\s*\.\s*\d{1,2}){1,2})(?!\d|\s*\.\s*\d)/i;
/** What may join two ids inside one segment: "5.1 / 5.2", "5.1 & 5.2", "5.1 and 5.2", "5.1 和 5.2". */
const JOINER = /^[\s/&+]*(?:(?:and|or|和|及|与|或)(?=[\s\dAa附])\s*)?/i;
/** Separators between entries of a list in one cell. */
const SEPARATORS = /[,;、\n\r\t|]+/;
/** A parenthesised note ("A.8.13 (backup isolation, access control)"). */
const NOTE = /\(([^()]*)\)/g;

/** Full-width digits, letters and punctuation become ASCII; the ideographic full stop is a dot. */
function widthNormalized(text: string): string {
  return text.normalize("NFKC").replace(/[。｡]/g, ".");
}

function listRefs(text: string): ControlRef[] {
  return text
    .split(SEPARATORS)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== "")
    .flatMap(refsInSegment);
}

/** Notes that name a control ("8.8 (A.12.6.1)") become list entries; other notes are comments and go. */
function withoutNotes(text: string): string {
  return text.replace(NOTE, (_whole, inner: string) =>
    listRefs(inner).some((ref) => ref.kind !== "unknown") ? `;${inner};` : " ",
  );
}

function refFromNumbers(numbers: string, token: string): ControlRef {
  const parts = numbers.split(".").map((part) => String(Number(part.trim())));
  if (parts.length === 2) {
    const control = CONTROLS_2022_BY_ID.get(parts.join("."));
    if (control) return { kind: "2022", id: control.id };
  } else {
    const legacy = CONTROLS_2013_BY_ID.get(`A.${parts.join(".")}`);
    if (legacy) return { kind: "2013", id: legacy.id, ids2022: mapping2013To2022(legacy.id) };
  }
  return { kind: "unknown", token };
}

/** The ids at the start of one list entry; text after the last id is a title or label and is ignored. */
function refsInSegment(segment: string): ControlRef[] {
  const refs: ControlRef[] = [];
  let rest = segment;
  for (;;) {
    const match = LEADING_ID.exec(rest);
    if (!match?.[1]) break;
    refs.push(refFromNumbers(match[1], match[0].trim()));
    rest = rest.slice(match[0].length);
    rest = rest.slice(JOINER.exec(rest)?.[0].length ?? 0);
  }
  return refs.length > 0 ? refs : [{ kind: "unknown", token: segment }];
}

/**
 * Every control reference in a cell, in order, unknown tokens included.
 * @example scanControlRefs("A.5.15; A.9.2.3") // [{kind:"2022",id:"5.15"}, {kind:"2013",id:"A.9.2.3",ids2022:["8.2"]}]
 */
export function scanControlRefs(text: string | number | null | undefined): ControlRef[] {
  if (text === null || text === undefined) return [];
  return listRefs(withoutNotes(widthNormalized(String(text))));
}

/**
 * The canonical 2022 control ids named in a cell, the 2013 ids among them (mapped), and what could not be
 * read. A number (Excel stores a typed `5.1` as a number) is read as its decimal text, so `5.10` typed as a
 * number arrives as 5.1 — workbooks should format control-id columns as text.
 * @example normalizeControlIds("A.5.1 - Policies for information security") // { ids: ["5.1"], legacy: [], unknown: [] }
 * @example normalizeControlIds("５．１５，A.9.2.3、X.1") // { ids: ["5.15", "8.2"], legacy: [{ id2013: "A.9.2.3", ids2022: ["8.2"] }], unknown: ["X.1"] }
 */
export function normalizeControlIds(text: string | number | null | undefined): NormalizedControlIds {
  const ids: ControlId[] = [];
  const legacy: LegacyControlRef[] = [];
  const unknown: string[] = [];
  const add = (id: ControlId): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const ref of scanControlRefs(text)) {
    if (ref.kind === "2022") add(ref.id);
    else if (ref.kind === "unknown") unknown.push(ref.token);
    else {
      ref.ids2022.forEach(add);
      if (!legacy.some((seen) => seen.id2013 === ref.id))
        legacy.push({ id2013: ref.id, ids2022: ref.ids2022 });
    }
  }
  return { ids, legacy, unknown };
}

/**
 * Whether a string is a canonical 2022 control id (narrowing it to ControlId).
 * @example isControlId("5.1") // true
 * @example isControlId("A.5.1") // false (not canonical; use normalizeControlIds)
 */
export function isControlId(value: string): value is ControlId {
  return CONTROLS_2022_BY_ID.has(value);
}
