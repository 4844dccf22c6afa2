/** SoA counts: applicable / excluded / undecided overall and per theme (2022) or domain (2013), and by status. */
import { controls, THEMES, DOMAINS_2013, type Standard } from "../catalog";
import { type SoaApplicabilityCounts, type SoaCounts, type SoaEntry, type SoaStatus } from "./types";

type Tally = { applicable: number; excluded: number; undecided: number };

const emptyTally = (): Tally => ({ applicable: 0, excluded: 0, undecided: 0 });

function add(tally: Tally, applicable: boolean | undefined): void {
  if (applicable === true) tally.applicable++;
  else if (applicable === false) tally.excluded++;
  else tally.undecided++;
}

/** Each control id of `standard` with its group: the 2022 theme, or the 2013 domain. */
function groups(standard: Standard): { readonly keys: readonly string[]; readonly of: Map<string, string> } {
  if (standard === "2022")
    return {
      keys: THEMES.map((theme) => theme.id),
      of: new Map(controls("2022").map((control) => [control.id, control.theme])),
    };
  return {
    keys: DOMAINS_2013.map((domain) => domain.id),
    of: new Map(controls("2013").map((control) => [control.id, control.domain.id])),
  };
}

/**
 * Counts over the entries of the chosen standard (legacy rows excluded by the caller).
 * @example soaCounts("2022", entries).byTheme.people // { applicable: 8, excluded: 0, undecided: 0 }
 */
export function soaCounts(standard: Standard, entries: readonly SoaEntry[]): SoaCounts {
  const total = emptyTally();
  const { keys, of } = groups(standard);
  const byTheme: Record<string, SoaApplicabilityCounts> = {};
  const tallies = new Map(keys.map((key) => [key, emptyTally()]));
  const byStatus: Record<SoaStatus | "unset", number> = {
    notImplemented: 0,
    planned: 0,
    partial: 0,
    implemented: 0,
    unset: 0,
  };
  for (const entry of entries) {
    add(total, entry.applicable);
    const tally = tallies.get(of.get(entry.id) ?? "");
    if (tally) add(tally, entry.applicable);
    byStatus[entry.status ?? "unset"]++;
  }
  for (const [key, tally] of tallies) byTheme[key] = tally;
  return { ...total, byStatus, byTheme };
}
