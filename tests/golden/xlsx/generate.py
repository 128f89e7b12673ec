#!/usr/bin/env python3
"""Writes the XLSX fixtures the core's reader is tested against, and what each must read as.

The same Ozon-style seller template is written by two independent writers, which store cells differently:
  - openpyxl 3.1: every string as an inline string (t="inlineStr"), rich text as inline runs;
  - XlsxWriter: strings in the shared-string table (t="s"), rich text as shared runs, formulas with
    cached results; and in constant-memory mode, strings inline again but written by other code.
Each fixture gets `<name>.expected.json`: the sheet names in order and, per sheet, the rows that have
text as [row number, [cell text by column]], rendered the way the reader promises (numbers as "%.16g"
writes them, booleans TRUE/FALSE, a formula as its cached result, gaps as "", trailing empties dropped).

Run: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install openpyxl==3.1.5 xlsxwriter==3.3.1
     /tmp/venv/bin/python tests/golden/xlsx/generate.py
"""

import datetime
import json
import os
import re
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
# Fixed document dates, so that regenerating gives identical files.
WRITTEN = datetime.datetime(2024, 1, 1)


class Rich:
    """Rich text: runs of (bold?, text); reads as the runs concatenated."""

    def __init__(self, *runs):
        self.runs = runs

    def text(self):
        return "".join(text for _, text in self.runs)


class Formula:
    """A formula and the result a spreadsheet application would have cached."""

    def __init__(self, formula, result):
        self.formula = formula
        self.result = result


INSTRUCTIONS = {
    1: {1: "Как заполнить шаблон"},
    2: {1: "Заполните лист «Шаблон». Поля, отмеченные звёздочкой (*), обязательны."},
    4: {1: "Цены указывайте в рублях,\nбез пробелов и знака валюты.", 3: "Версия шаблона: 2"},
}

HEADERS = [
    "Артикул*", "Название товара", "Цена, руб.*", "Цена до скидки, руб.", "НДС, %", "Бренд",
    "Вес в упаковке, г*", "В наличии", "Аннотация", "Ссылка на главное фото*",
    "Штрихкод (Серийный номер / EAN)", "Сумма, руб.",
]

TEMPLATE = {
    # A group heading over the first columns and another further right: the gap reads as "".
    1: {1: "Основная информация", 6: "Характеристики"},
    2: {i + 1: h for i, h in enumerate(HEADERS)},
    3: {1: "Уникальный код товара", 3: "Например: 1299.99"},
    4: {
        1: "000123", 2: "Чайник электрический 1,7 л", 3: 1299.99, 4: 1599, 5: 0.2, 6: "Tefal",
        7: 1450, 8: True, 9: "Корпус из нержавеющей стали.\nАвтоотключение.\n\nГарантия 2 года.",
        10: "https://cdn.example.ru/img/kettle.jpg", 11: "4607001234567",
        12: Formula("=C4*2", 2598.98),
    },
    5: {
        1: "A-77", 2: Rich((True, "Хит "), (False, "продаж: кружка")), 3: 0.1 + 0.2, 6: "Tom & Jerry's <\"mugs\">",
        7: 350, 8: False, 10: "https://cdn.example.ru/img/mug.jpg", 11: 4607001234568,
    },
    # Row 6 is left out: rows can skip numbers.
    7: {1: "'0045", 2: "  пробелы по краям  ", 3: -5, 9: "中文描述 😀", 12: Formula("=C7*2", -10)},
    8: {11: "только штрихкод"},
}

SHEETS = [("Инструкция", INSTRUCTIONS, False), ("Шаблон", TEMPLATE, False), ("Списки", {1: {1: "НДС", 2: "0"}, 2: {1: "НДС", 2: "20"}}, True)]


def expected_text(value):
    if isinstance(value, Rich):
        return value.text()
    if isinstance(value, Formula):
        return expected_text(value.result)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return "%.16g" % value
    return value


def expected(sheets, formulas_cached):
    out = {"sheets": []}
    for name, rows, _ in sheets:
        read = []
        for number in sorted(rows):
            cells = rows[number]
            width = max(cells)
            texts = []
            for column in range(1, width + 1):
                value = cells.get(column, "")
                if isinstance(value, Formula) and not formulas_cached:
                    value = ""
                texts.append(expected_text(value))
            while texts and texts[-1] == "":
                texts.pop()
            if texts:
                read.append([number, texts])
        out["sheets"].append({"name": name, "rows": read})
    return out


def write_openpyxl(path):
    wb = openpyxl.Workbook()
    wb.properties.created = WRITTEN
    wb.properties.modified = WRITTEN
    wb.remove(wb.active)
    for name, rows, hidden in SHEETS:
        ws = wb.create_sheet(name)
        if hidden:
            ws.sheet_state = "hidden"
        for number, cells in rows.items():
            for column, value in cells.items():
                if isinstance(value, Rich):
                    value = CellRichText(
                        [TextBlock(InlineFont(b=True), t) if bold else t for bold, t in value.runs]
                    )
                elif isinstance(value, Formula):
                    value = value.formula  # openpyxl stores no cached result
                ws.cell(row=number, column=column, value=value)
    wb.save(path)


def write_xlsxwriter(path, constant_memory):
    wb = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    wb.set_properties({"created": WRITTEN})
    bold = wb.add_format({"bold": True})
    wrap = wb.add_format({"text_wrap": True})
    for name, rows, hidden in SHEETS:
        ws = wb.add_worksheet(name)
        if hidden:
            ws.hide()
        for number in sorted(rows):
            for column in sorted(rows[number]):
                value = rows[number][column]
                r, c = number - 1, column - 1
                if isinstance(value, Rich):
                    parts = []
                    for is_bold, text in value.runs:
                        parts += [bold, text] if is_bold else [text]
                    ws.write_rich_string(r, c, *parts)
                elif isinstance(value, Formula):
                    ws.write_formula(r, c, value.formula, None, value.result)
                elif isinstance(value, str):
                    ws.write_string(r, c, value, wrap if "\n" in value else None)
                else:
                    ws.write(r, c, value)
    wb.close()


def main():
    fixtures = [
        ("ozon_template_openpyxl", lambda p: write_openpyxl(p), False),
        ("ozon_template_xlsxwriter", lambda p: write_xlsxwriter(p, False), True),
        ("ozon_template_xlsxwriter_constant_memory", lambda p: write_xlsxwriter(p, True), True),
    ]
    for name, write, formulas_cached in fixtures:
        path = os.path.join(HERE, name + ".xlsx")
        write(path)
        normalize_timestamps(path)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(SHEETS, formulas_cached), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path)


def normalize_timestamps(path):
    """Rewrites the package with fixed dates (openpyxl stamps the save time into docProps/core.xml),
    so regenerating gives identical bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    stamp = WRITTEN.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    entries = [
        (info, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data))
        if info.filename == "docProps/core.xml"
        else (info, data)
        for info, data in entries
    ]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            info.date_time = WRITTEN.timetuple()[:6]
            z.writestr(info, data)


if __name__ == "__main__":
    main()
