/**
 * Control id normalisation: turns what people type in a "Control(s)" cell into canonical 2022 ids.
 * Real workbooks write `5.1`, `A.5.1`, `A5.1`, `a.5.1`, `5.1 Policies for…`, `A.5.1 - Policies`, full-width
 * `５．１`, a word before the id (`Control 8.5`, `控制项8.5`, `条款 A.8.5`, `ISO 27001 A.8.5`), several ids
 * in one cell (`,` `;` `、` `，` `；`, a slash between ids, or line breaks), ranges (`A.5.15–A.5.18`,
 * `5.15~5.18`, `5.15 至 5.18`), notes in parentheses, and 2013 ids (`A.9.2.3`), which are recognised and
 * mapped through Table B.1. Anything else is reported, never dropped, so a validator can point at it.
 */
import { ANNEX_A_2013, CONTROLS_2013_BY_ID } from "./annexA2013";
import { ANNEX_A_2022, CONTROLS_2022_BY_ID } from "./annexA2022";
import { mapping2013To2022 } from "./mapping";
import type { Control2013, Control2022, ControlId, LegacyControlId } from "./types";

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
 * Words written before an id: the standard ("ISO 27001", "ISO/IEC 27001:2022") and a label ("Control",
 * "控制项", "条款"), each optional.
 */
const ID_LABEL =
  /(?:iso(?:\s*\/\s*iec)?\s*27001(?:\s*:\s*20\d\d)?[\s:#-]*)?(?:(?:controls?|ctrl|clause|控制项|控制措施|控制|条款)(?:\s*(?:no|id|编号))?\.?[\s:#-]*)?/;
/**
 * An id at the start of a segment: an optional label, an optional "Annex A" / "附录A" / "A" prefix, then 2
 * or 3 numbers. The lookahead stops "5.1" from matching the front of "5.10" or of a 4-part number.
 */
const LEADING_ID = new RegExp(
  `^${ID_LABEL.source}(?:annex\\s*a|附录\\s*a|a)?\\s*[.\\-\\s]?\\s*(\\d{1,2}(?:\\s*\\.\\s*\\d{1,2}){1,2})(?!\\d|\\s*\\.\\s*\\d)`,
  "i",
);
/** What joins the two ends of a range: "5.15-5.18", "A.5.15–A.5.18", "5.15~5.18", "5.15 至 5.18", "to". */
const RANGE_MARK = /^\s*(?:[-–—~〜]|to|through|thru|至|到)\s*/i;
/** What may join two ids inside one segment: "5.1 / 5.2", "5.1 & 5.2", "5.1 and 5.2", "5.1 和 5.2". */
const JOINER = /^[\s/&+]*(?:(?:and|or|和|及|与|或)(?=[\s\dAa附])\s*)?/i;
/** Separators between entries of a list in one cell. */
const SEPARATORS = /[,;、\n\r\t|]+/;
/** A slash before an id separates two entries ("5.1 Policies/5.2 Roles"); "N/A" and "ISO/IEC" stay whole. */
const SLASH_BEFORE_ID = /\/(?=\s*(?:a\s*[.-]?\s*)?\d)/gi;
/** A parenthesised note ("A.8.13 (backup isolation, access control)"). */
const NOTE = /\(([^()]*)\)/g;

/** Full-width digits, letters and punctuation become ASCII; the ideographic full stop is a dot. */
function widthNormalized(text: string): string {
  return text.normalize("NFKC").replace(/[。｡]/g, ".");
}

function listRefs(text: string): ControlRef[] {
  return text
    .replace(SLASH_BEFORE_ID, ";")
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

function ref2022(control: Control2022): ControlRef {
  return { kind: "2022", id: control.id };
}

function ref2013(control: Control2013): ControlRef {
  return { kind: "2013", id: control.id, ids2022: mapping2013To2022(control.id) };
}

function refFromNumbers(numbers: string, token: string): ControlRef {
  const parts = numbers.split(".").map((part) => String(Number(part.trim())));
  const control =
    parts.length === 2
      ? CONTROLS_2022_BY_ID.get(parts.join("."))
      : CONTROLS_2013_BY_ID.get(`A.${parts.join(".")}`);
  if (!control) return { kind: "unknown", token };
  return "theme" in control ? ref2022(control) : ref2013(control);
}

/** The controls from `first` to `last` in catalog order, or null when they are not an ordered span of one group. */
function span<C extends { readonly id: string }>(
  catalog: readonly C[],
  first: string,
  last: string,
  group: (control: C) => string,
): C[] | null {
  const from = catalog.findIndex((control) => control.id === first);
  const to = catalog.findIndex((control) => control.id === last);
  const [start, end] = [catalog[from], catalog[to]];
  if (!start || !end || from > to || group(start) !== group(end)) return null;
  return catalog.slice(from, to + 1);
}

/**
 * Every control of a written range: both ends in one 2022 theme, or one 2013 control objective, the
 * first before the last. Anything else is one unknown token: a range is never guessed.
 */
function refsInRange(first: ControlRef, last: ControlRef, token: string): ControlRef[] {
  if (first.kind === "2022" && last.kind === "2022") {
    const controls = span(ANNEX_A_2022, first.id, last.id, (control) => control.theme);
    if (controls) return controls.map(ref2022);
  } else if (first.kind === "2013" && last.kind === "2013") {
    const controls = span(ANNEX_A_2013, first.id, last.id, (control) => control.objective.id);
    if (controls) return controls.map(ref2013);
  }
  return [{ kind: "unknown", token }];
}

/** The second end of a range starting at `rest`, with the text it spans, or null when no range follows. */
function rangeEnd(rest: string): { readonly numbers: string; readonly text: string } | null {
  const mark = RANGE_MARK.exec(rest);
  if (!mark) return null;
  const end = LEADING_ID.exec(rest.slice(mark[0].length));
  return end?.[1] ? { numbers: end[1], text: mark[0] + end[0] } : null;
}

/** The ids at the start of one list entry; text after the last id is a title or label and is ignored. */
function refsInSegment(segment: string): ControlRef[] {
  const refs: ControlRef[] = [];
  let rest = segment;
  for (;;) {
    const match = LEADING_ID.exec(rest);
    if (!match?.[1]) break;
    rest = rest.slice(match[0].length);
    const end = rangeEnd(rest);
    if (end) {
      const token = `${match[0]}${end.text}`.trim();
      refs.push(...refsInRange(refFromNumbers(match[1], token), refFromNumbers(end.numbers, token), token));
      rest = rest.slice(end.text.length);
    } else {
      refs.push(refFromNumbers(match[1], match[0].trim()));
    }
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
