#!/usr/bin/env python3
"""Reads an XLSX workbook the way a spreadsheet would, independently of the code that wrote it, and
prints what the tests check as JSON: per sheet, in the workbook's order, its cells (type, value, style),
the formulas it holds, its autofilter, its frozen panes, its column widths and its row heights.

Usage: read_xlsx.py FILE.xlsx
"""
import json
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
# The built-in number formats that show a date or a time (ECMA-376 Part 1, 18.8.30).
BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(45, 48))


def text_of(element):
    """The text of a string item: <t>, or the runs of rich text."""
    if element is None:
        return ""
    return "".join(t.text or "" for t in element.iter("{%s}t" % NS["m"]))


def read(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())

    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}

    shared = []
    if "xl/sharedStrings.xml" in names:
        sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
        shared = [text_of(si) for si in sst.findall("m:si", NS)]

    styles = ET.fromstring(z.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.findall("m:numFmts/m:numFmt", NS)}
    fonts = []
    for font in styles.findall("m:fonts/m:font", NS):
        bold = font.find("m:b", NS)
        fonts.append(bold is not None and bold.get("val", "1") not in ("0", "false"))
    xfs = []
    for xf in styles.findall("m:cellXfs/m:xf", NS):
        fmt_id = int(xf.get("numFmtId", "0"))
        code = custom.get(fmt_id, "builtin:%d" % fmt_id)
        is_date = fmt_id in BUILTIN_DATE_FORMATS or (
            fmt_id in custom and re.search(r"[dmy]", re.sub(r'"[^"]*"|\[[^\]]*\]', "", custom[fmt_id].lower()))
            is not None
        )
        alignment = xf.find("m:alignment", NS)
        xfs.append(
            {
                "numFmt": code,
                "date": is_date,
                "bold": fonts[int(xf.get("fontId", "0"))],
                "wrap": alignment is not None and alignment.get("wrapText") in ("1", "true"),
            }
        )

    workbook = ET.fromstring(z.read("xl/workbook.xml"))
    sheets = []
    for sheet in workbook.findall("m:sheets/m:sheet", NS):
        target = targets[sheet.get("{%s}id" % NS["r"])]
        part = posixpath.normpath(posixpath.join("xl", target)) if not target.startswith("/") else target[1:]
        root = ET.fromstring(z.read(part))
        cells = {}
        formulas = 0
        for c in root.iter("{%s}c" % NS["m"]):
            kind = c.get("t", "n")
            style = xfs[int(c.get("s", "0"))]
            if c.find("m:f", NS) is not None:
                formulas += 1
            v = c.find("m:v", NS)
            if kind == "s":
                value = shared[int(v.text)]
            elif kind == "inlineStr":
                value = text_of(c.find("m:is", NS))
            elif kind in ("str", "e"):
                value = v.text if v is not None else ""
            elif kind == "b":
                value = v.text == "1"
            else:
                value = float(v.text) if v is not None else None
            cells[c.get("r")] = {
                "type": kind,
                "value": value,
                "formula": c.find("m:f", NS) is not None,
                "numFmt": style["numFmt"],
                "date": style["date"],
                "bold": style["bold"],
                "wrap": style["wrap"],
            }
        autofilter = root.find("m:autoFilter", NS)
        pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
        sheets.append(
            {
                "name": sheet.get("name"),
                "cells": cells,
                "formulas": formulas,
                "autoFilter": autofilter.get("ref") if autofilter is not None else None,
                "pane": None
                if pane is None
                else {
                    "xSplit": float(pane.get("xSplit", "0")),
                    "ySplit": float(pane.get("ySplit", "0")),
                    "topLeftCell": pane.get("topLeftCell"),
                    "state": pane.get("state"),
                },
                "columns": [
                    {"min": int(col.get("min")), "max": int(col.get("max")), "width": float(col.get("width"))}
                    for col in root.findall("m:cols/m:col", NS)
                ],
                "rowHeights": {
                    row.get("r"): float(row.get("ht")) for row in root.findall("m:sheetData/m:row", NS) if row.get("ht")
                },
            }
        )
    return {"sheets": sheets}


if __name__ == "__main__":
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)
