#!/usr/bin/env python3
"""Builds the catalog fixtures the way the exports they stand for are built.

- ozon-products-cp1251.csv: Ozon's product report as Excel or 1C saves it for Russian Windows: Windows-1251,
  no byte-order mark, ";" between fields, CRLF line ends, Russian headers, identifiers and barcodes with a
  leading apostrophe (so a spreadsheet keeps them as text), prices with a decimal comma and a space between
  thousands, a quoted description holding ";" and a line break, and one price a person typed as words.
- ozon-products-utf8-bom.csv: the same report saved as "CSV UTF-8" (Excel writes a byte-order mark).
- shopify-new-headers-utf16le.txt: a Shopify product CSV with the current header names, saved by Excel as
  "Unicode text": UTF-16 LE with a byte-order mark, tab-separated; variants and an extra image share a handle.
- generic-utf16be.csv: a plain catalog with English headers in UTF-16 BE with a byte-order mark.
- broken-rows.csv: a generic catalog with one row of each kind of error.
- listings.json / listings.jsonl: the same listings as a JSON array and as JSON Lines, one of them broken.
- orders-not-a-catalog.csv: an orders export, which is not a catalog.
- shopify-zh-gbk.csv: a Shopify product export with Chinese titles and options, opened and saved again by
  Excel on a Chinese (PRC) Windows as "CSV (逗号分隔)": code page 936 (GBK), no byte-order mark, CRLF.
- generic-zh-gb18030.csv: a catalog from a Chinese ERP in GB 18030 with prices in roubles: the rouble
  sign and a rare hanzi are outside GBK, so they take GB 18030's four-byte sequences.
- generic-zh-big5.csv: a catalog with Traditional Chinese titles saved by Excel on a Taiwanese Windows:
  code page 950 (Big5), CRLF.
- ozon-template-cp1251.csv: an Ozon category template filled in and saved by Excel on a Russian Windows
  as "CSV (разделители — точки с запятой)": Windows-1251, ";" between fields, CRLF, every row as wide as
  the sheet; group headings on line 1, the column headers (required ones marked "*") on line 2, the
  template's filling hints on line 3, the seller's listings from line 4.
- erp-cut-descriptions.csv: an export from a seller's ERP that quotes every text field and then cuts each
  line to 160 characters, as its fixed-width export does: a long description loses its closing quote
  (and the columns after it) while the other lines stay whole.

Run from anywhere: python3 tests/golden/catalog/generate.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def csv_line(cells, sep):
    out = []
    for cell in cells:
        if any(c in cell for c in (sep, '"', "\n", "\r")):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return sep.join(out)


OZON_HEADER = [
    "Артикул", "Ozon Product ID", "Штрихкод", "Название товара", "Бренд", "Категория",
    "Текущая цена с учетом скидки, руб.", "Цена до скидки, руб.",
    "Ссылка на главное фото", "Ссылки на дополнительные фото", "Цвет товара", "Размер",
    "Материал", "Вес в упаковке, г", "Аннотация",
]
OZON_ROWS = [
    ["'PL-001", "'812345671", "'4600000000011", "Платье летнее льняное", "Лёта", "apparel",
     "2 490,00", "3 290,00", "https://cdn.example.ru/pl-001/1.jpg",
     "https://cdn.example.ru/pl-001/2.jpg, https://cdn.example.ru/pl-001/3.jpg", "белый", "42;44;46",
     "лён 100%", "350", "Лёгкое платье из льна; свободный крой.\nДлина 110 см."],
    ["'PL-002", "'812345672", "'4600000000028", "Футболка хлопковая «Базовая»", "Лёта", "apparel",
     "990", "", "https://cdn.example.ru/pl-002/1.jpg", "", "чёрный", "S;M;L", "хлопок", "180",
     "Футболка из плотного хлопка."],
    ["'EL-010", "'812345673", "'4600000000035", "Чайник электрический 1,7 л", "Теплодом", "electronics",
     "1 899,90", "2 499,00", "https://cdn.example.ru/el-010/1.jpg", "", "серебристый", "", "сталь", "1 250",
     "Чайник на 1,7 литра, мощность 2200 Вт, автоотключение."],
    ["'HM-100", "'812345674", "'4600000000042", "Плед флисовый 150x200", "Уют", "home",
     "по запросу", "", "", "", "серый", "", "флис", "900", "Мягкий плед."],
    ["'HM-101", "'812345675", "'4600000000059", "Подушка декоративная №1", "Уют", "home",
     "690,5", "", "", "", "", "", "", "", ""],
]


def ozon_csv():
    lines = [csv_line(OZON_HEADER, ";")] + [csv_line(r, ";") for r in OZON_ROWS]
    return "\r\n".join(lines) + "\r\n"


SHOPIFY_NEW_HEADER = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags",
    "Published on online store", "Status", "SKU", "Barcode", "Option1 name", "Option1 value",
    "Option2 name", "Option2 value", "Price", "Compare-at price", "Weight value (grams)",
    "Product image URL", "Image position", "Image alt text", "Variant image URL",
]
SHOPIFY_NEW_ROWS = [
    ["Linen Shirt", "linen-shirt", "<p>Relaxed <b>linen</b> shirt.</p>", "Acme", "Apparel & Accessories",
     "Shirts", "linen, summer", "TRUE", "active", "LS-S-W", "", "Size", "S", "Color", "White", "39.00", "49.00",
     "220", "https://cdn.example.com/linen-1.jpg", "1", "Front", ""],
    ["", "linen-shirt", "", "", "", "", "", "", "", "LS-M-W", "", "", "M", "", "White", "39.00", "49.00",
     "230", "https://cdn.example.com/linen-2.jpg", "2", "Back", ""],
    ["", "linen-shirt", "", "", "", "", "", "", "", "LS-L-W", "", "", "L", "", "White", "39.00", "49.00",
     "240", "", "", "", ""],
    ["Ceramic Mug", "ceramic-mug", "Stoneware mug, 350 ml.", "Acme", "Home & Garden", "Mugs", "", "TRUE",
     "active", "MUG-1", "", "Title", "Default Title", "", "", "12.50", "", "400",
     "https://cdn.example.com/mug.jpg", "1", "", ""],
]


def shopify_new():
    lines = [csv_line(SHOPIFY_NEW_HEADER, "\t")] + [csv_line(r, "\t") for r in SHOPIFY_NEW_ROWS]
    return "\r\n".join(lines) + "\r\n"


GENERIC = """id,title,price,old price,images,material,description
G-1,Wool scarf,25.00,30.00,https://cdn.example.com/scarf.jpg,wool,"Warm scarf, 180 cm"
G-2,Desk lamp ✨,45,,https://cdn.example.com/lamp.jpg,,LED lamp
"""

BROKEN = """id,title,price,images
B-1,Good row,10.00,https://cdn.example.com/b1.jpg
B-2,Extra column,10.00,https://cdn.example.com/b2.jpg,surplus
B-3,"Quoted "twice" badly",12.00,
B-4,Bad price,twelve,https://cdn.example.com/b4.jpg
B-5,Short row
B-6,"Multi
line title",9.99,https://cdn.example.com/b6.jpg
B-7,"Never closed,1.00,
B-8,Swallowed,2.00,
"""

LISTINGS = [
    {"id": "J-1", "title": "Cotton T-shirt", "category": "apparel", "price": 15.0,
     "images": [{"url": "https://cdn.example.com/t.jpg", "width": 1200, "height": 1600}],
     "attributes": {"sizes": ["S", "M"], "material": "cotton", "fit": "regular"}},
    {"id": "J-2", "title": "Kettle", "category": "electronics", "price": "cheap"},
    {"id": "J-3", "title": "Блокнот А5", "price": 3.5, "images": []},
]

SHOPIFY_OLD_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Published", "Option1 Name", "Option1 Value",
    "Option2 Name", "Option2 Value", "Variant SKU", "Variant Grams", "Variant Price",
    "Variant Compare At Price", "Image Src", "Image Position", "Variant Weight Unit",
]
SHOPIFY_ZH_ROWS = [
    ["silk-dress", "真丝连衣裙 夏季新款", "<p>100%桑蚕丝，轻薄透气。</p><p>尺码表：S 胸围86厘米；M 胸围90厘米。</p>",
     "杭州丝绸坊", "连衣裙", "夏季, 真丝", "true", "尺码", "S", "颜色", "藏青色", "SD-S", "180", "399.00",
     "499.00", "https://cdn.example.cn/silk-dress-1.jpg", "1", "g"],
    ["silk-dress", "", "", "", "", "", "", "", "M", "", "藏青色", "SD-M", "190", "399.00", "499.00",
     "https://cdn.example.cn/silk-dress-2.jpg", "2", "g"],
    ["tea-cup", "青花瓷茶杯（四只装）", "景德镇手绘青花瓷，容量150毫升。", "景德镇瓷器", "茶具", "", "true",
     "Title", "Default Title", "", "", "TC-4", "600", "128.00", "", "https://cdn.example.cn/tea-cup.jpg",
     "1", "g"],
]

GB18030_ROWS = [
    ["id", "title", "price", "images", "material", "description"],
    ["Z-1", "羊绒围巾 𠮷字纹", "2490 ₽", "https://cdn.example.cn/z1.jpg", "羊绒", "手工织造，长180厘米。价格含税 ₽。"],
    ["Z-2", "竹制砧板", "890 ₽", "https://cdn.example.cn/z2.jpg", "竹", "天然竹材，耐用防霉。"],
]

BIG5_ROWS = [
    ["id", "title", "price", "images", "material", "description"],
    ["T-1", "手工皮革錢包", "1290", "https://cdn.example.tw/t1.jpg", "牛皮", "義大利植鞣牛皮，可放八張卡片。"],
    ["T-2", "烏龍茶禮盒（四罐裝）", "880", "https://cdn.example.tw/t2.jpg", "", "台灣高山烏龍茶，每罐一百五十克。"],
]

OZON_TEMPLATE_HEADINGS = ["Основная информация", "", "", "", "Цены", "", "Характеристики", "", ""]
OZON_TEMPLATE_HEADERS = [
    "Артикул*", "Название товара", "Категория", "Аннотация", "Цена, руб.*", "Цена до скидки, руб.",
    "Цвет товара", "Материал", "Ссылка на главное фото*",
]
OZON_TEMPLATE_HINTS = [
    "Уникальный код товара", "Название для витрины", "Выберите из списка", "Описание товара",
    "Например: 1299.90", "Больше цены на 5%", "Выберите из списка", "Состав", "Ссылка на фото JPG",
]
OZON_TEMPLATE_ROWS = [
    ["SH-01", "Рубашка льняная мужская", "Одежда", "Рубашка из льна; прямой крой, длинный рукав.",
     "2 990", "3 590", "белый", "лён", "https://cdn.example.ru/sh-01.jpg"],
    ["SH-02", "Рубашка хлопковая «Офис»", "Одежда", "Хлопок 100%, воротник на пуговицах.", "1 990", "",
     "голубой", "хлопок", "https://cdn.example.ru/sh-02.jpg"],
    ["KT-10", "Чайник электрический 1,7 л", "Бытовая техника", "Мощность 2200 Вт, автоотключение.",
     "1 899,90", "2 499", "серебристый", "сталь", "https://cdn.example.ru/kt-10.jpg"],
]


def ozon_template():
    rows = [OZON_TEMPLATE_HEADINGS, OZON_TEMPLATE_HEADERS, OZON_TEMPLATE_HINTS] + OZON_TEMPLATE_ROWS
    return "\r\n".join(csv_line(r, ";") for r in rows) + "\r\n"


ERP_HEADER = ["Артикул", "Название товара", "Цена, руб.", "Аннотация", "Ссылка на главное фото"]
ERP_ROWS = [
    ["E-1", "Кружка керамическая", "450", "Кружка 350 мл.", "https://cdn.example.ru/e1.jpg"],
    ["E-2", "Плед флисовый 150x200", "1290",
     "Мягкий плед из флиса плотностью 220 г/м²: не скатывается после стирки, подходит для дома, дачи и "
     "поездок, размер 150 на 200 см.", "https://cdn.example.ru/e2.jpg"],
    ["E-3", "Подушка декоративная", "690", "Подушка 40×40 см.", "https://cdn.example.ru/e3.jpg"],
    ["E-4", "Ваза стеклянная", "990", "Ваза, высота 25 см.", "https://cdn.example.ru/e4.jpg"],
]
ERP_LINE_LIMIT = 160


def erp_cut():
    def line(cells):
        quoted = [cells[0]] + ['"' + c + '"' for c in cells[1:2]] + [cells[2]] + ['"' + c + '"' for c in cells[3:]]
        return ";".join(quoted)[:ERP_LINE_LIMIT]
    return "\n".join([";".join(ERP_HEADER)] + [line(r) for r in ERP_ROWS]) + "\n"


ORDERS = """Order ID,Date,Customer,Amount,Status
1001,2026-11-01,Ivan,1200,shipped
1002,2026-11-02,Li Wei,560,pending
"""


def main():
    ozon = ozon_csv()
    write("ozon-products-cp1251.csv", ozon.encode("cp1251"))
    write("ozon-products-utf8-bom.csv", b"\xef\xbb\xbf" + ozon.encode("utf-8"))
    write("shopify-new-headers-utf16le.txt", b"\xff\xfe" + shopify_new().encode("utf-16-le"))
    write("generic-utf16be.csv", b"\xfe\xff" + GENERIC.encode("utf-16-be"))
    write("broken-rows.csv", BROKEN.encode("utf-8"))
    array = "[\n" + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in LISTINGS) + "\n]\n"
    write("listings.json", array.encode("utf-8"))
    write("listings.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in LISTINGS).encode("utf-8"))
    write("orders-not-a-catalog.csv", ORDERS.encode("utf-8"))
    shopify_zh = [csv_line(SHOPIFY_OLD_HEADER, ",")] + [csv_line(r, ",") for r in SHOPIFY_ZH_ROWS]
    write("shopify-zh-gbk.csv", ("\r\n".join(shopify_zh) + "\r\n").encode("cp936"))
    gb18030 = "\r\n".join(csv_line(r, ",") for r in GB18030_ROWS) + "\r\n"
    write("generic-zh-gb18030.csv", gb18030.encode("gb18030"))
    big5 = "\r\n".join(csv_line(r, ",") for r in BIG5_ROWS) + "\r\n"
    write("generic-zh-big5.csv", big5.encode("cp950"))
    write("ozon-template-cp1251.csv", ozon_template().encode("cp1251"))
    write("erp-cut-descriptions.csv", erp_cut().encode("utf-8"))


if __name__ == "__main__":
    main()
