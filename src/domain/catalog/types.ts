/**
 * The vocabulary of the control catalogs: ISO/IEC 27001 Annex A controls (2022 and 2013), clauses 4–10,
 * threats, vulnerabilities and asset classes, each with English and Simplified Chinese text.
 */
import type { Lang } from "../../i18n/types";

/** Text in every language the product speaks; `text[lang]` picks one. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** The Annex A editions the product knows. */
export type Standard = "2022" | "2013";

/**
 * A canonical ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34"). Only the catalog mints these,
 * so a value of this type always names a real control.
 */
export type ControlId = string & { readonly __brand: "ControlId2022" };

/** A canonical ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3"). */
export type LegacyControlId = string & { readonly __brand: "ControlId2013" };

/** The four themes of ISO/IEC 27001:2022 Annex A (clauses 5–8 of ISO/IEC 27002:2022). */
export type Theme = "organizational" | "people" | "physical" | "technological";

/** ISO/IEC 27002:2022 attribute "control type". */
export type ControlType = "preventive" | "detective" | "corrective";

/** ISO/IEC 27002:2022 attribute "information security properties". */
export type SecurityProperty = "confidentiality" | "integrity" | "availability";

export interface Control2022 {
  readonly id: ControlId;
  readonly theme: Theme;
  readonly title: LocalizedText;
  /** ISO/IEC 27002:2022 control type; absent where the catalog does not state it. */
  readonly controlTypes?: readonly ControlType[];
  /** ISO/IEC 27002:2022 security properties; absent where the catalog does not state it. */
  readonly properties?: readonly SecurityProperty[];
}

/** A heading of the 2013 Annex A: a domain ("A.9") or a control objective ("A.9.2"). */
export interface Heading2013 {
  readonly id: string;
  readonly title: LocalizedText;
}

export interface Control2013 {
  readonly id: LegacyControlId;
  readonly domain: Heading2013;
  readonly objective: Heading2013;
  readonly title: LocalizedText;
}

/** A requirement of ISO/IEC 27001:2022 clauses 4–10, as rated in a gap analysis. */
export interface Clause {
  readonly id: string;
  /** The enclosing clause ("6.1" for "6.1.2"); absent for the main clauses 4–10. */
  readonly parent?: string;
  readonly title: LocalizedText;
  /** What an auditor typically asks to see for this requirement. */
  readonly evidence: readonly LocalizedText[];
  /**
   * What ISO/IEC 27001:2022/Amd 1:2024 (Climate action changes, February 2024) added to this clause, in
   * the standard's words (English) and the project's translation; absent where the amendment changed
   * nothing. Auditors have applied it since its publication.
   */
  readonly amendment?: LocalizedText;
}

/** GB/T 20984 threat classes. */
export type ThreatClassId =
  "FLT" | "ENV" | "ERR" | "MGT" | "MAL" | "ABU" | "NET" | "PHY" | "LEA" | "TAM" | "REP";

/** Where a library entry comes from: the GB/T 20984 tables or ISO/IEC 27005-style examples. */
export type LibrarySource = "gbt20984" | "iso27005";

/** A typical rating on the 1–5 scale (威胁赋值 / 脆弱性严重程度). */
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface LibraryEntry<ClassId extends string> {
  /** Stable id, e.g. "T-MAL-01", "V-NET-03". */
  readonly id: string;
  readonly classId: ClassId;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly source: LibrarySource;
  readonly typicalRating?: Rating;
  /** Annex A (2022) controls that usually address it. */
  readonly controls: readonly ControlId[];
}

export type Threat = LibraryEntry<ThreatClassId>;

/** GB/T 20984 vulnerability groups: technical (PHY…APP) and managerial (TEC, ORG). */
export type VulnerabilityGroupId = "PHY" | "NET" | "SYS" | "MID" | "APP" | "TEC" | "ORG";
export type VulnerabilityKind = "technical" | "managerial";

export type Vulnerability = LibraryEntry<VulnerabilityGroupId>;

export interface LibraryClass<Id extends string> {
  readonly id: Id;
  readonly title: LocalizedText;
}

export interface VulnerabilityGroup extends LibraryClass<VulnerabilityGroupId> {
  readonly kind: VulnerabilityKind;
}

export type AssetClassId = "data" | "software" | "hardware" | "service" | "people" | "other";

/** GB/T 20984-2022 identifies assets in three layers. */
export type AssetLayerId = "business" | "system" | "component";

export interface AssetClass {
  readonly id: AssetClassId;
  readonly label: LocalizedText;
  readonly examples: LocalizedText;
}

export interface AssetLayer {
  readonly id: AssetLayerId;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}
