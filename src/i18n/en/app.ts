/** Task pane shell. */
export const app = {
  title: "ISMS Workbench",
  tagline: "ISO/IEC 27001 working files in Excel",
  nav: {
    label: "Sections",
    workbook: "Workbook",
    validate: "Validate",
    soa: "SoA",
    gap: "Gap",
    settings: "Settings",
  },
  language: {
    label: "Language",
    en: "English",
    zhCN: "简体中文",
  },
  comingSoon: "This section is not available yet.",
  version: "Version {version}",
} as const;
