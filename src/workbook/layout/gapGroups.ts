/**
 * The roll-up groups of a gap analysis as the sheet, the command and the pane name them: clauses "4" …
 * "10" as they are, Annex A themes as "A.5" … "A.8" (apart from clause 5 … 8; 2013 domains already read
 * "A.5" … "A.18"), and each group's title in the workbook's language.
 */
import { controls } from "../../domain/catalog";
import { gapRequirements, type GapRequirement } from "../../domain/gap";
import type { StandardVersion } from "../../domain/methodology";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";

/** @example themeGroupId("5") // "A.5"; themeGroupId("A.9") // "A.9" */
export function themeGroupId(group: string): string {
  return group.startsWith("A.") ? group : `A.${group}`;
}

/** The group a requirement rolls up into on the sheet. */
export function sheetGroup(requirement: GapRequirement): string {
  return requirement.kind === "control" ? themeGroupId(requirement.group) : requirement.group;
}

/** ISO/IEC 27001:2022 Annex A themes by sheet group. */
const THEMES_2022: Readonly<
  Record<string, "organizational" | "people" | "physical" | "technological" | undefined>
> = { "A.5": "organizational", "A.6": "people", "A.7": "physical", "A.8": "technological" };

/**
 * A group's title: the clause's, the 2022 theme's or the 2013 domain's (the id itself when unknown).
 * @example gapGroupTitle("A.6", "2022", "zh-CN") // "人员控制"
 */
export function gapGroupTitle(id: string, standard: StandardVersion, lang: Lang): string {
  const clause = gapRequirements(standard).find((r) => r.kind === "clause" && r.id === id);
  if (clause) return clause.title[lang];
  const theme = THEMES_2022[id];
  if (standard === "2022" && theme) return t(lang, `workbook.gap.themes.${theme}`);
  return controls("2013").find((c) => c.domain.id === id)?.domain.title[lang] ?? id;
}
