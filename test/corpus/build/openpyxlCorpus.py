"""Writes corpus workbooks with openpyxl, the way a Python-made client register is saved.

Run by buildCorpus.mjs: reads a JSON list of workbook definitions on stdin, each
{"target": "out.xlsx", "sheets": [...]} as described in buildCorpus.mjs, and saves each target.
Cells: a string, a number, null (blank), {"date": "YYYY-MM-DD", "numFmt": "..."} for a real date
cell, {"formula": "F4*G4", "result": 12} for a formula (openpyxl stores no cached result).
"""

import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

FIXED_TIME = datetime.datetime(2026, 1, 20, 9, 0, 0)


def cell_value(value):
    if isinstance(value, dict) and "date" in value:
        year, month, day = (int(part) for part in value["date"].split("-"))
        return datetime.datetime(year, month, day), value.get("numFmt", "yyyy-mm-dd")
    if isinstance(value, dict) and "formula" in value:
        return "=" + value["formula"], None
    if value == "":
        return None, None
    return value, None


def write_sheet(workbook, spec):
    sheet = workbook.create_sheet(spec["name"])
    for r, row in enumerate(spec["rows"], start=1):
        for c, raw in enumerate(row, start=1):
            value, number_format = cell_value(raw)
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c, value=value)
            if number_format:
                cell.number_format = number_format
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True)
    if spec["rows"] and spec["rows"][0]:
        sheet.cell(row=1, column=1).font = Font(bold=True)
    for area in spec.get("merges", []):
        sheet.merge_cells(area)
    for row in spec.get("hiddenRows", []):
        sheet.row_dimensions[row].hidden = True
    for letter in spec.get("hiddenColumns", []):
        sheet.column_dimensions[letter].hidden = True
    for letter, width in spec.get("widths", {}).items():
        sheet.column_dimensions[letter].width = width
    for table in spec.get("tables", []):
        listed = Table(displayName=table["name"], ref=table["ref"])
        listed.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(listed)
    return sheet


def build(definition):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for spec in definition["sheets"]:
        write_sheet(workbook, spec)
    workbook.properties.creator = "ISMS corpus"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.save(definition["target"])


def main():
    for definition in json.load(sys.stdin):
        build(definition)


if __name__ == "__main__":
    main()
