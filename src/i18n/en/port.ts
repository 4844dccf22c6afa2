/**
 * Messages of the port area: one per PortError code ("port.sheetExists" → `port.sheetExists`), shown by
 * the pane and the command line. Params: {sheet} (the sheet concerned, may be empty), {detail}.
 */
export const port = {
  sheetExists:
    "The sheet “{sheet}” already exists and holds data. Nothing was changed: rename or move that sheet, or write the new sheets beside it.",
  sheetProtected: "The sheet “{sheet}” is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  cellEditMode:
    "Excel is busy while a cell is being edited. Press Enter or Esc to finish editing, then try again.",
  requestTooLarge:
    "The change is too large for Excel to accept in one go. Try again with fewer rows, or use the desktop version of Excel.",
  sheetMissing:
    "The sheet “{sheet}” (or a table or name on it) was not found. It may have been renamed or deleted.",
  notAWorkbook: "This file is not an Excel workbook (.xlsx).",
  fileMissing: "The file was not found.",
  unknown: "Excel reported an unexpected problem: {detail}",
} as const;
