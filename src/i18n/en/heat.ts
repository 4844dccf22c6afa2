/** Messages of the heat map beside the risk register: its title, axis labels, legend and reading notes. */
export const heat = {
  title: "Risk heat map (number of risks)",
  /** Above the column values: the register column they count (e.g. "Impact →"). */
  columnsAxis: "{name} →",
  /** Above the row values, in the corner of the map (e.g. "Likelihood ↓"). */
  rowsAxis: "{name} ↓",
  legend: {
    title: "Legend",
    level: "Risk level",
    values: "Risk value",
    /** One level of the legend: its number and name ("5 Very high"). */
    levelName: "{level} {name}",
    /** The risk values of one level ("80–125"). */
    range: "{from}–{to}",
    /** A level no risk value of the method reaches. */
    empty: "—",
  },
  /** How each method's colours are read; {max} is the highest rating of the asset scale. */
  rule: {
    li: "Colour: the risk level of likelihood × impact under the methodology's bands.",
    atv: "Colour: the level of a risk with this threat and vulnerability rating on an asset of the highest value ({max}); on a less valuable asset the risk is lower or equal (its own level is in the register).",
    "gbt-matrix": "Colour: the risk level the risk matrix gives this likelihood level and loss level.",
    "gbt-multiply":
      "Colour: the highest level a risk with this likelihood level and loss level reaches (risk value = √(likelihood × loss)); a risk in the cell may be lower (its own level is in the register).",
    "cia-max":
      "Colour: the level of a risk with this threat and vulnerability rating when C, I or A is rated highest ({max}); with lower C, I and A the risk is lower or equal (its own level is in the register).",
  },
  count: "Number: how many risks of the register fall in the cell; a blank cell holds none.",
} as const;
