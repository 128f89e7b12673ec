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
- shopify-taxonomy-pt.csv: a Brazilian store's product export as Shopify writes it today: UTF-8, ",",
  the full taxonomy path in "Product Category", one column per standard category metafield
  ("Color (product.metafields.shopify.color-pattern)", values as metaobject handles joined by "; ") and
  per custom metafield labelled in Portuguese ("Altura (product.metafields.custom.altura)"), options
  named in Portuguese, Russian and Chinese, variants on the rows after a product's first.
- ozon-template-dresses-cp1251.csv: Ozon's category template for dresses filled in and saved by Excel on
  a Russian Windows: the template's own column names with "*" on required ones and units in the name
  ("Вес в упаковке, г*", "Длина упаковки, мм*"), a product weight in kilograms, headings, hints.

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

SHOPIFY_TAXONOMY_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / Condition",
    "Google Shopping / Custom Product", "Variant Image", "Variant Weight Unit", "Variant Tax Code",
    "Cost per item", "Status",
    "Age group (product.metafields.shopify.age-group)",
    "Color (product.metafields.shopify.color-pattern)",
    "Fabric (product.metafields.shopify.fabric)",
    "Material (product.metafields.shopify.material)",
    "Size (product.metafields.shopify.size)",
    "Target gender (product.metafields.shopify.target-gender)",
    "Altura (product.metafields.custom.altura)",
    "Comprimento (product.metafields.custom.comprimento)",
    "Largura (product.metafields.custom.largura)",
    "Cuidados (product.metafields.custom.cuidados)",
    "Tabela de medidas (product.metafields.custom.tabela_de_medidas)",
]


def shopify_row(**cells):
    """A row of the taxonomy export: the named cells, the rest empty."""
    names = {
        "handle": "Handle", "title": "Title", "body": "Body (HTML)", "vendor": "Vendor",
        "category": "Product Category", "type": "Type", "published": "Published",
        "o1": "Option1 Name", "v1": "Option1 Value", "o2": "Option2 Name", "v2": "Option2 Value",
        "sku": "Variant SKU", "grams": "Variant Grams", "price": "Variant Price",
        "compare": "Variant Compare At Price", "image": "Image Src", "position": "Image Position",
        "unit": "Variant Weight Unit", "status": "Status", "age": "Age group (product.metafields.shopify.age-group)",
        "color": "Color (product.metafields.shopify.color-pattern)",
        "fabric": "Fabric (product.metafields.shopify.fabric)",
        "material": "Material (product.metafields.shopify.material)",
        "size": "Size (product.metafields.shopify.size)",
        "gender": "Target gender (product.metafields.shopify.target-gender)",
        "altura": "Altura (product.metafields.custom.altura)",
        "comprimento": "Comprimento (product.metafields.custom.comprimento)",
        "largura": "Largura (product.metafields.custom.largura)",
        "cuidados": "Cuidados (product.metafields.custom.cuidados)",
        "tabela": "Tabela de medidas (product.metafields.custom.tabela_de_medidas)",
    }
    row = [""] * len(SHOPIFY_TAXONOMY_HEADER)
    for key, value in cells.items():
        row[SHOPIFY_TAXONOMY_HEADER.index(names[key])] = value
    # Shopify fills these on every variant row.
    for column, value in (("Variant Inventory Policy", "deny"), ("Variant Fulfillment Service", "manual"),
                          ("Variant Requires Shipping", "true"), ("Variant Taxable", "true")):
        if cells.get("sku"):
            row[SHOPIFY_TAXONOMY_HEADER.index(column)] = value
    return row


FIRST = {"published": "true", "status": "active", "vendor": "Casa Aurora"}
SHOPIFY_TAXONOMY_ROWS = [
    # A T-shirt: options in Portuguese, colour, fabric, size and gender in the standard metafields.
    shopify_row(handle="camiseta-algodao", title="Camiseta de algodão orgânico",
                body="<p>Camiseta de malha de algodão orgânico, corte reto.</p>",
                category="Apparel & Accessories > Clothing > Clothing Tops > T-Shirts", type="Camiseta",
                o1="Cor", v1="Branco", o2="Tamanho", v2="P", sku="CAM-BR-P", grams="180", price="89.90",
                compare="119.90", image="https://cdn.shopify.com/s/files/1/camiseta-1.jpg", position="1",
                unit="g", color="white; navy", fabric="organic-cotton", size="small; medium; large",
                gender="unisex", age="adults", cuidados="Lavar à mão em água fria",
                tabela="https://casaaurora.com.br/pages/tabela-de-medidas", **FIRST),
    shopify_row(handle="camiseta-algodao", v1="Branco", v2="M", sku="CAM-BR-M", grams="190", price="89.90",
                compare="119.90", image="https://cdn.shopify.com/s/files/1/camiseta-2.jpg", position="2",
                unit="g"),
    shopify_row(handle="camiseta-algodao", v1="Azul-marinho", v2="G", sku="CAM-AZ-G", grams="200",
                price="89.90", compare="119.90", unit="g"),
    # Sneakers: the path puts them under apparel; the option names the shoe size in a longer name.
    shopify_row(handle="tenis-corrida", title="Tênis de corrida leve",
                body="<p>Cabedal em tela respirável, solado de borracha.</p>",
                category="Apparel & Accessories > Shoes > Sneakers", o1="Tamanho do calçado", v1="38",
                o2="Cor", v2="Preto", sku="TEN-38", grams="620", price="349.00",
                image="https://cdn.shopify.com/s/files/1/tenis.jpg", position="1", unit="kg",
                fabric="canvas", gender="unisex", tabela="https://casaaurora.com.br/pages/tenis",
                **FIRST),
    shopify_row(handle="tenis-corrida", v1="40", v2="Preto", sku="TEN-40", grams="640", price="349.00",
                unit="kg"),
    # A dress listed for Russian buyers: options in Russian.
    shopify_row(handle="vestido-linho", title="Платье льняное миди",
                body="<p>Лён 100%, длина миди.</p>", category="Apparel & Accessories > Clothing > Dresses",
                o1="Цвет", v1="Бежевый", o2="Размер", v2="44", sku="VL-44", grams="310", price="4990.00",
                image="https://cdn.shopify.com/s/files/1/vestido.jpg", position="1", unit="g", fabric="linen",
                cuidados="Деликатная стирка при 30°C", tabela="https://casaaurora.com.br/pages/medidas",
                **FIRST),
    shopify_row(handle="vestido-linho", v1="Бежевый", v2="46", sku="VL-46", grams="320", price="4990.00",
                unit="g"),
    # A silk blouse listed for Chinese buyers: options in Chinese.
    shopify_row(handle="blusa-seda", title="真丝衬衫 女款", body="<p>100%桑蚕丝。</p>",
                category="Apparel & Accessories > Clothing > Clothing Tops > Blouses", o1="颜色分类", v1="米白",
                o2="尺码", v2="M", sku="BS-M", grams="150", price="599.00",
                image="https://cdn.shopify.com/s/files/1/blusa.jpg", position="1", unit="g", fabric="silk",
                cuidados="手洗，阴干", tabela="https://casaaurora.com.br/pages/medidas", **FIRST),
    # A vase: its dimensions in custom metafields, as numbers with their unit.
    shopify_row(handle="vaso-ceramica", title="Vaso de cerâmica artesanal",
                body="<p>Vaso feito à mão, esmalte fosco.</p>", category="Home & Garden > Decor > Vases",
                o1="Title", v1="Default Title", sku="VASO-1", grams="850", price="159.00",
                image="https://cdn.shopify.com/s/files/1/vaso.jpg", position="1", unit="kg", color="white",
                material="ceramic", altura="30 cm", comprimento="15 cm", largura="15 cm", **FIRST),
    # A cushion whose weight nobody entered: Shopify writes 0 grams.
    shopify_row(handle="almofada-linho", title="Capa de almofada de linho",
                body="<p>Capa 45 x 45 cm, zíper invisível.</p>",
                category="Home & Garden > Decor > Throw Pillows", o1="Title", v1="Default Title",
                sku="ALM-1", grams="0", price="79.00", image="https://cdn.shopify.com/s/files/1/almofada.jpg",
                position="1", unit="g", color="beige", material="linen", altura="45 cm", comprimento="45 cm", largura="2 cm", **FIRST),
]

OZON_DRESS_HEADINGS = ["Обязательные поля", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                       "Характеристики", "", "", "", ""]
OZON_DRESS_HEADERS = [
    "№", "Артикул*", "Название товара", "Цена, руб.*", "Цена до скидки, руб.", "НДС, %*",
    "Вес в упаковке, г*", "Ширина упаковки, мм*", "Высота упаковки, мм*", "Длина упаковки, мм*",
    "Ссылка на главное фото*", "Ссылки на дополнительные фото", "Бренд в одежде и обуви*",
    "Объединить на одной карточке*", "Цвет товара*", "Российский размер*", "Тип*", "Пол*",
    "Состав материала", "Вес товара, кг", "Аннотация",
]
OZON_DRESS_HINTS = [
    "", "Уникальный код товара", "Название для витрины", "Например: 1299.90", "Больше цены на 5%",
    "Выберите из списка", "С упаковкой", "В миллиметрах", "В миллиметрах", "В миллиметрах",
    "Ссылка на фото JPG", "Через запятую", "Выберите из списка", "Одинаковое значение для вариантов",
    "Выберите из списка", "Выберите из списка", "Выберите из списка", "Выберите из списка", "Через точку с запятой",
    "Без упаковки", "Описание товара",
]
OZON_DRESS_ROWS = [
    ["1", "DR-42-BG", "Платье льняное миди, бежевое", "4 990", "6 490", "Не облагается", "350", "250", "30",
     "300", "https://cdn.example.ru/dr-42.jpg", "https://cdn.example.ru/dr-42-2.jpg", "Лёта", "DR-LEN",
     "бежевый", "42", "Платье", "Женский", "лён 100%", "0,31", "Платье из льна, длина миди, карманы в швах."],
    ["2", "DR-44-BG", "Платье льняное миди, бежевое", "4 990", "6 490", "Не облагается", "360", "250", "30",
     "300", "https://cdn.example.ru/dr-44.jpg", "", "Лёта", "DR-LEN", "бежевый", "44", "Платье", "Женский",
     "лён 100%", "0,32", "Платье из льна, длина миди, карманы в швах."],
]


def ozon_dress_template():
    rows = [OZON_DRESS_HEADINGS, OZON_DRESS_HEADERS, OZON_DRESS_HINTS] + OZON_DRESS_ROWS
    return "\r\n".join(csv_line(r, ";") for r in rows) + "\r\n"


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
    taxonomy = [csv_line(SHOPIFY_TAXONOMY_HEADER, ",")] + [csv_line(r, ",") for r in SHOPIFY_TAXONOMY_ROWS]
    write("shopify-taxonomy-pt.csv", ("\n".join(taxonomy) + "\n").encode("utf-8"))
    write("ozon-template-dresses-cp1251.csv", ozon_dress_template().encode("cp1251"))


if __name__ == "__main__":
    main()
