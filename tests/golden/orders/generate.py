#!/usr/bin/env python3
"""Builds the orders fixtures the way the exports they stand for are built.

- ozon-fbs-utf8-bom.csv: Ozon's FBS postings report as the seller cabinet downloads it: UTF-8 with a
  byte-order mark, ";" between fields, every value in double quotes, CRLF, the short header (from
  "Номер заказа" to "Количество", with "Дата отгрузки без просрочки"), dates as DD.MM.YYYY HH:MM:SS on the
  seller's clock; a posting of two products on two rows, a status label orderguard does not know, a row
  cut short, and an empty last line.
- ozon-rfbs-cp1251.csv: the longer rFBS report opened and saved again by Excel on a Russian Windows:
  Windows-1251, no byte-order mark, ";" and quotes only where needed, CRLF; the buyer's region, city,
  address, postal code, phone, the payment method and the carrier; "Наименование товара" and "OZON id" for
  "Название товара" and "SKU"; dates as YYYY-MM-DD HH:MM:SS; two title rows above the header.
- ozon-fbs-list.json: a response of the Seller API's POST /v3/posting/fbs/list (result.postings[]), with
  substatuses, tracking numbers, an rFBS customer address and a cancellation.
- ozon-fbs.xlsx: the FBS report as the cabinet's XLSX download: one sheet "Отправления", a title row
  above the header, texts in the shared-string table, dates as serial day numbers with a date style
  (as spreadsheet writers store them), the trailing empty cells of a row left out.
- shopify-orders.csv: Shopify's orders export: UTF-8, ",", one row per line item, the order's columns on
  its first row only (Name repeats), timestamps as "2026-11-27 09:55:16 -0400".

The tests in core/src/orders/tests.rs read them with now = 2026-12-01 10:00 on the seller's clock.
Run from anywhere: python3 tests/golden/orders/generate.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def quoted(row):
    return ";".join('"' + cell.replace('"', '""') + '"' for cell in row)


def excel(row, sep=";"):
    def cell(value):
        if any(c in value for c in (sep, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value
    return sep.join(cell(v) for v in row)


FBS_HEADER = [
    "Номер заказа", "Номер отправления", "Принят в обработку", "Дата отгрузки",
    "Дата отгрузки без просрочки", "Статус", "Дата доставки", "Фактическая дата передачи в доставку",
    "Дата отмены", "Сумма отправления", "Код валюты отправления", "Название товара", "SKU", "Артикул",
    "Количество",
]


def fbs_row(order, posting, accepted, ship_by, status, delivered="", handed_over="", cancelled="",
            product="Платье летнее льняное", sku="1234567890", qty="1"):
    return [order, posting, accepted, ship_by, ship_by, status, delivered, handed_over, cancelled,
            "2490.00", "RUB", product, sku, "DR-001", qty]


def ozon_fbs():
    rows = [
        # Open, the deadline passed yesterday evening.
        fbs_row("0112233445", "0112233445-0001-1", "28.11.2026 09:12:44", "30.11.2026 18:00:00", "Ожидает сборки"),
        # Open, due this evening.
        fbs_row("0112233446", "0112233446-0001-1", "29.11.2026 21:40:02", "01.12.2026 18:00:00", "Ожидает отгрузки"),
        # Open, due tomorrow (the next working day).
        fbs_row("0112233447", "0112233447-0001-1", "30.11.2026 11:03:00", "02.12.2026 18:00:00", "Ожидает сборки"),
        # Open, due next week.
        fbs_row("0112233448", "0112233448-0001-1", "01.12.2026 08:30:00", "07.12.2026 18:00:00", "Ожидает сборки"),
        # Delivered, handed over three hours after its deadline.
        fbs_row("0112233449", "0112233449-0001-1", "24.11.2026 10:00:00", "26.11.2026 12:00:00", "Доставлен",
                delivered="30.11.2026 16:20:00", handed_over="26.11.2026 15:05:00"),
        # On its way, handed over in time.
        fbs_row("0112233450", "0112233450-0001-1", "25.11.2026 10:00:00", "27.11.2026 18:00:00", "Доставляется",
                handed_over="27.11.2026 11:45:00"),
        # Cancelled.
        fbs_row("0112233451", "0112233451-0001-1", "26.11.2026 10:00:00", "28.11.2026 18:00:00", "Отменён",
                cancelled="27.11.2026 09:00:00"),
        # A status orderguard does not know.
        fbs_row("0112233452", "0112233452-0001-1", "30.11.2026 10:00:00", "03.12.2026 18:00:00", "Передан курьеру Ozon"),
        # One posting, two products: two rows, one order.
        fbs_row("0112233453", "0112233453-0001-1", "30.11.2026 12:00:00", "04.12.2026 18:00:00", "Ожидает сборки",
                product="Платье летнее льняное", sku="1234567890"),
        fbs_row("0112233453", "0112233453-0001-1", "30.11.2026 12:00:00", "04.12.2026 18:00:00", "Ожидает сборки",
                product="Пояс льняной", sku="1234567891"),
    ]
    lines = [quoted(FBS_HEADER)] + [quoted(r) for r in rows]
    # A row cut short by a copy and paste: four fields only.
    lines.insert(8, quoted(["0112233460", "0112233460-0001-1", "30.11.2026 10:00:00", "03.12.2026 18:00:00"]))
    text = "\r\n".join(lines) + "\r\n\r\n"
    write("ozon-fbs-utf8-bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))


RFBS_HEADER = [
    "Номер заказа", "Номер отправления", "Принят в обработку", "Дата отгрузки", "Статус", "Дата доставки",
    "Фактическая дата передачи в доставку", "Дата отмены", "Сумма отправления", "Код валюты отправления",
    "Наименование товара", "OZON id", "Количество", "Регион доставки", "Город доставки", "Способ доставки",
    "Способ оплаты", "Имя получателя", "Телефон получателя", "Адрес доставки", "Индекс", "Склад отгрузки",
    "Перевозчик",
]


def ozon_rfbs():
    def row(order, accepted, ship_by, status, region, city, address, index, payment="Картой онлайн",
            handed_over="", carrier="Ozon Логистика", method="Доставка в пункт выдачи Ozon"):
        return [order, order + "-0001-1", accepted, ship_by, status, "", handed_over, "", "1890", "RUB",
                "Шарф шерстяной", "987654321", "1", region, city, method, payment, "Иванова Мария",
                "+7 916 123-45-67", address, index, "Склад Красноярск", carrier]

    rows = [
        # Open, the address is in order.
        row("0555000001", "2026-11-30 10:00:00", "2026-12-03 18:00:00", "Ожидает сборки", "Москва", "Москва",
            "ул. Мясницкая, д. 24, кв. 5", "101000"),
        # Open, a Moscow postal code for a Novosibirsk address: to confirm with the buyer.
        row("0555000002", "2026-11-30 11:00:00", "2026-12-03 18:00:00", "Ожидает сборки",
            "Новосибирская область", "Новосибирск", "ул. Ленина, д. 10, кв. 3", "101000"),
        # On its way, paid on receipt.
        row("0555000003", "2026-11-27 10:00:00", "2026-11-29 18:00:00", "Доставляется", "Красноярский край",
            "Красноярск", "пр. Мира, д. 5", "660049", payment="Оплата при получении",
            handed_over="2026-11-28 16:00:00"),
        # Waiting at a pickup point.
        row("0555000004", "2026-11-20 10:00:00", "2026-11-22 18:00:00", "В пункте выдачи",
            "Санкт-Петербург", "Санкт-Петербург", "Невский пр., д. 28", "191186",
            handed_over="2026-11-21 12:00:00"),
    ]
    lines = [excel(["Отчёт по отправлениям FBS"]), excel(["Период: 20.11.2026 — 01.12.2026"]),
             excel(RFBS_HEADER)] + [excel(r) for r in rows]
    write("ozon-rfbs-cp1251.csv", ("\r\n".join(lines) + "\r\n").encode("cp1251"))


def ozon_api():
    def posting(number, status, substatus, in_process_at, shipment_date, delivering_date=None,
                tracking=None, **extra):
        p = {
            "posting_number": number,
            "order_id": 1000000000 + int(number[:4]),
            "order_number": number.rsplit("-", 1)[0],
            "status": status,
            "substatus": substatus,
            "delivery_method": {"id": 21321684811000, "name": "Ozon Логистика курьеру, Москва",
                                "warehouse_id": 21321684811000, "warehouse": "Склад Шэньчжэнь",
                                "tpl_provider_id": 24, "tpl_provider": "Ozon Логистика"},
            "tracking_number": tracking or "",
            "tpl_integration_type": "ozon",
            "in_process_at": in_process_at,
            "shipment_date": shipment_date,
            "delivering_date": delivering_date,
            "cancellation": {"cancel_reason_id": 0, "cancel_reason": "", "cancellation_type": "",
                             "cancelled_after_ship": False, "affect_cancellation_rating": False,
                             "cancellation_initiator": ""},
            "customer": None,
            "products": [{"price": "1590.0000", "offer_id": "SCARF-01", "name": "Шарф", "sku": 987654321,
                          "quantity": 1, "currency_code": "RUB"}],
            "addressee": None,
            "barcodes": None,
            "analytics_data": None,
            "financial_data": None,
            "is_express": False,
            "requirements": {"products_requiring_gtd": [], "products_requiring_country": []},
        }
        p.update(extra)
        return p

    postings = [
        posting("4001-0001-1", "awaiting_packaging", "posting_created", "2026-11-29T02:00:00Z",
                "2026-11-30T10:00:00Z"),
        posting("4002-0001-1", "delivering", "posting_in_pickup_point", "2026-11-20T02:00:00Z",
                "2026-11-22T10:00:00Z", "2026-11-21T08:00:00Z", tracking="RB123456785GB"),
        posting("4003-0001-1", "delivering", "posting_on_way_to_city", "2026-11-25T02:00:00Z",
                "2026-11-27T10:00:00Z", "2026-11-26T08:00:00Z", tracking="RB123456784GB"),
        # An rFBS posting the seller ships with a carrier of its own: it needs the carrier's number.
        posting("4004-0001-1", "delivering", "posting_in_carriage", "2026-11-26T02:00:00Z",
                "2026-11-28T10:00:00Z", "2026-11-27T08:00:00Z", tpl_integration_type="non_integrated"),
        posting("4005-0001-1", "cancelled", "posting_canceled", "2026-11-27T02:00:00Z",
                "2026-11-29T10:00:00Z",
                cancellation={"cancel_reason_id": 352, "cancel_reason": "Товар закончился на складе продавца",
                              "cancellation_type": "seller", "cancelled_after_ship": False,
                              "affect_cancellation_rating": True, "cancellation_initiator": "Продавец"}),
        posting("4006-0001-1", "awaiting_deliver", "posting_transferring_to_delivery", "2026-11-30T03:00:00Z",
                "2026-12-02T10:00:00Z",
                customer={"customer_id": 1, "name": "Петров Иван", "phone": "+79161234567",
                          "address": {"address_tail": "ул. Тверская, д. 7, кв. 12", "city": "Москва",
                                      "comment": "", "country": "Россия", "district": "", "region": "Москва",
                                      "zip_code": "125009", "latitude": 55.76, "longitude": 37.61,
                                      "pvz_code": 0, "provider_pvz_code": "", "address_type": "courier"}}),
    ]
    response = {"result": {"postings": postings, "has_next": False}}
    write("ozon-fbs-list.json", json.dumps(response, ensure_ascii=False, indent=2).encode("utf-8"))


SHOPIFY_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name",
]


def shopify():
    def order(name, financial, fulfillment, fulfilled_at, created, items, ship, cancelled="", payment="Shopify Payments"):
        rows = []
        for i, (qty, title, sku) in enumerate(items):
            row = dict.fromkeys(SHOPIFY_HEADER, "")
            row.update({"Name": name, "Email": "buyer@example.com", "Lineitem quantity": qty, "Lineitem name": title,
                        "Lineitem sku": sku, "Lineitem price": "39.90", "Lineitem requires shipping": "true",
                        "Lineitem taxable": "true", "Lineitem fulfillment status": "pending", "Vendor": "Linen Co"})
            if i == 0:
                row.update({"Financial Status": financial, "Paid at": created, "Fulfillment Status": fulfillment,
                            "Fulfilled at": fulfilled_at, "Accepts Marketing": "no", "Currency": "USD",
                            "Subtotal": "79.80", "Shipping": "5.00", "Taxes": "0.00", "Total": "84.80",
                            "Discount Amount": "0.00", "Shipping Method": "Standard", "Created at": created,
                            "Cancelled at": cancelled, "Payment Method": payment, "Id": "5" + name[1:] + "0001",
                            "Risk Level": "Low", "Source": "web"})
                row.update({"Shipping " + k: v for k, v in ship.items()})
                row.update({"Billing " + k: v for k, v in ship.items()})
            rows.append([row[h] for h in SHOPIFY_HEADER])
        return rows

    us = {"Name": "Jane Doe", "Street": "1600 Amphitheatre Pkwy", "Address1": "1600 Amphitheatre Pkwy",
          "City": "Mountain View", "Zip": "94043", "Province": "CA", "Country": "US", "Phone": "+1 650-253-0000",
          "Province Name": "California"}
    br = {"Name": "João Silva", "Street": "Av. Paulista, 1578", "Address1": "Av. Paulista, 1578", "City": "São Paulo",
          "Zip": "01310-200", "Province": "SP", "Country": "BR", "Phone": "+55 11 91234-5678",
          "Province Name": "São Paulo"}
    rows = (
        order("#1001", "paid", "unfulfilled", "", "2026-11-27 09:55:16 -0400",
              [("1", "Linen dress - Blue / M", "LD-BL-M"), ("2", "Linen belt", "LB-01")], us)
        + order("#1002", "paid", "fulfilled", "2026-11-28 03:10:00 -0500", "2026-11-25 20:01:00 -0500",
                [("1", "Linen shirt - White / L", "LS-WH-L")], br)
        + order("#1003", "voided", "unfulfilled", "", "2026-11-26 08:00:00 -0500",
                [("1", "Linen dress - Red / S", "LD-RD-S")], us, cancelled="2026-11-26 12:00:00 -0500")
        + order("#1004", "pending", "unfulfilled", "", "2026-11-30 23:30:00 -0500",
                [("1", "Linen scarf", "LSC-01")], br, payment="Cash on Delivery (COD)")
    )
    lines = [excel(SHOPIFY_HEADER, ",")] + [excel(r, ",") for r in rows]
    write("shopify-orders.csv", ("\n".join(lines) + "\n").encode("utf-8"))


def ozon_xlsx():
    import zipfile
    from datetime import datetime

    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    def serial(text):
        moment = datetime.strptime(text, "%d.%m.%Y %H:%M:%S")
        return (moment - datetime(1899, 12, 30)).total_seconds() / 86400

    def column(i):
        name = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            name = chr(65 + r) + name
        return name

    dates = {"Принят в обработку", "Дата отгрузки", "Дата отгрузки без просрочки", "Дата доставки",
             "Фактическая дата передачи в доставку", "Дата отмены"}
    rows = [["Отчёт по отправлениям за 24.11.2026 — 01.12.2026"], FBS_HEADER,
            fbs_row("0112233445", "0112233445-0001-1", "28.11.2026 09:12:44", "30.11.2026 18:00:00", "Ожидает сборки"),
            fbs_row("0112233449", "0112233449-0001-1", "24.11.2026 10:00:00", "26.11.2026 12:00:00", "Доставлен",
                    delivered="30.11.2026 16:20:00", handed_over="26.11.2026 15:05:00"),
            fbs_row("0112233447", "0112233447-0001-1", "30.11.2026 11:03:00", "02.12.2026 18:00:00", "Ожидает сборки")]
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        while row and row[-1] == "":
            row = row[:-1]
        cells = []
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value == "":
                continue
            if r > 2 and FBS_HEADER[c] in dates:
                cells.append(f'<c r="{ref}" s="1"><v>{serial(value)!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    from xml.sax.saxutils import escape
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(t)}</t></si>" for t in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy hh:mm:ss"/></numFmts>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Отправления" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst,
        "xl/styles.xml": styles,
    }
    path = os.path.join(HERE, "ozon-fbs.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


ozon_fbs()
ozon_rfbs()
ozon_xlsx()
ozon_api()
shopify()
