// The orders board page: Ozon's reports (UTF-8 with a byte-order mark, and Windows-1251 from Excel), the
// Seller API's JSON and Shopify's export checked in a Web Worker under the strict CSP; the tiles, the
// deadline chart, the table's filter and sort, a message copied, the actions CSV and the iCalendar file
// downloaded and read back; the page in Russian and Chinese.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nextEvent, session } from "./harness.mjs";

const golden = new URL("../golden/orders/", import.meta.url).pathname;
const shots = new URL("./screenshots/", import.meta.url).pathname;
/** Tuesday 1 December 2026, 10:00 in Shenzhen. */
const NOW = "2026-12-01T10:00:00+08:00";

let s;
before(async () => (s = await session()));
after(() => s.close());

/** Opens the board with a seller in Shenzhen at NOW (or the given warehouse). */
async function board(path = "orders.html", { country = "CN", zone = "Asia/Shanghai", now = NOW } = {}) {
  const page = await s.open(path);
  const element = page.locator("og-orders-board");
  await element.evaluate((node, now) => (node.now = now), now);
  await page.locator("og-orders-board details[part=settings] summary").click();
  await page.locator("og-orders-board #country").selectOption(country);
  await page.locator("og-orders-board #time-zone").fill(zone);
  // Leave the field, so its change is over before a file is chosen.
  await page.locator("og-orders-board #time-zone").press("Tab");
  return page;
}

async function checkFile(page, file) {
  const change = await nextEvent(page.locator("og-orders-board"), "og-orders-change");
  await page.locator("og-orders-board input[type=file]").setInputFiles(join(golden, file));
  return change.evaluate(({ promise }) =>
    promise.then(({ report, error }) => (report ? { ok: true, summary: report.summary, rows: report.rows, format: report.format } : { ok: false, code: error.code, message: error.message })),
  );
}

/** Waits until the table shows the worker's answer to the last filter or sort. */
const settled = (page) => page.locator("og-orders-board [part=table]:not([aria-busy])").waitFor();

const tile = (page, name) => page.locator(`og-orders-board [data-tile=${name}] .value`).textContent();

test("an Ozon report shows what is overdue and due, the chart and the table, under the strict CSP", async () => {
  const page = await board();
  const result = await checkFile(page, "ozon-fbs-utf8-bom.csv");
  assert.equal(result.ok, true, result.message);
  assert.equal(result.format, "ozon-csv");
  assert.equal(await tile(page, "overdue"), "1");
  assert.equal(await tile(page, "due-today"), "1");
  assert.equal(await tile(page, "late-share"), "66.7%");
  assert.match(await page.locator("og-orders-board [data-tile=late-share] .note").textContent(), /Ozon blocks sales above 20% \(FBS\); Ozon blocks sales above 12% \(RFBS\)/);
  // The report does not say who cancelled: no share is shown as if it were known.
  assert.match(await page.locator("og-orders-board .cancel-share").textContent(), /does not say who cancelled/);
  // The chart: today and the next ten working days; today carries the overdue order and the one due
  // today, tomorrow the next one; Saturday 5 December is no bar.
  const bars = await page.locator("og-orders-board svg rect.bar").evaluateAll((rects) => rects.map((r) => [r.dataset.date, Number(r.dataset.count)]));
  assert.equal(bars.length, 11);
  assert.deepEqual(bars.slice(0, 5), [["2026-12-01", 2], ["2026-12-02", 1], ["2026-12-03", 0], ["2026-12-04", 1], ["2026-12-07", 1]]);
  // Sorted by deadline level: the overdue order first, with its messages.
  const first = page.locator("og-orders-board tbody tr").first();
  assert.equal(await first.getAttribute("data-id"), "0112233445-0001-1");
  assert.equal(await first.locator("td.level-overdue").count(), 1);
  assert.deepEqual(await first.locator("li[data-action]").evaluateAll((lis) => lis.map((li) => li.dataset.action)), ["ship_now", "delay_notice"]);
  assert.equal(await first.locator("li[data-action=delay_notice] p").getAttribute("lang"), "ru");
  // The unknown status and the row cut short are shown, not lost.
  assert.equal(await page.locator("og-orders-board li[data-code=unknown_status]").count(), 1);
  assert.equal(await page.locator("og-orders-board .row-errors li[data-line='9']").count(), 1);
  assert.match(await page.locator("og-orders-board [role=status]").first().textContent(), /9 orders checked in 11 rows/);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, "orders-board-en.png"), fullPage: true });
  assert.deepEqual(s.problems, []);
});

test("the table filters by level and text, sorts by column, and a message is copied", async () => {
  const page = await board();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await checkFile(page, "ozon-fbs-utf8-bom.csv");
  const rows = page.locator("og-orders-board tbody tr");
  assert.equal(await rows.count(), 9);
  await page.locator("og-orders-board select#level").selectOption("due_today");
  await page.waitForFunction(() => document.querySelector("og-orders-board").shadowRoot.querySelectorAll("tbody tr").length === 1);
  assert.equal(await rows.first().getAttribute("data-id"), "0112233446-0001-1");
  await page.locator("og-orders-board select#level").selectOption("all");
  await page.locator("og-orders-board input[type=search]").fill("0112233453");
  await page.waitForFunction(() => document.querySelector("og-orders-board").shadowRoot.querySelectorAll("tbody tr").length === 1);
  await page.locator("og-orders-board input[type=search]").fill("");
  await page.waitForFunction(() => document.querySelector("og-orders-board").shadowRoot.querySelectorAll("tbody tr").length === 9);
  await page.locator("og-orders-board th button[data-sort=order]").click();
  await settled(page);
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
  assert.deepEqual(ids, [...ids].sort());
  await page.locator("og-orders-board th button[data-sort=order]").click();
  assert.equal(await page.locator("og-orders-board th[aria-sort=descending]").count(), 1);
  await settled(page);
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id)), [...ids].reverse());
  const notice = page.locator("og-orders-board tr[data-id='0112233445-0001-1'] li[data-action=delay_notice]");
  await notice.locator("button").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await notice.locator("p").textContent());
  assert.match(copied, /^Здравствуйте!/);
  assert.deepEqual(s.problems, []);
});

test("the actions download as CSV and the deadlines as an iCalendar file", async () => {
  const page = await board();
  await checkFile(page, "ozon-fbs-utf8-bom.csv");
  const download = async (kind) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`og-orders-board button[data-download=${kind}]`).click()]);
    return readFileSync(await file.path(), "utf8");
  };
  const csv = await download("actions");
  // A byte-order mark first, so that Excel reads the Cyrillic as UTF-8.
  assert.equal(csv[0], "\uFEFF");
  const lines = csv.slice(1).trim().split("\r\n");
  assert.equal(lines[0], "order,posting,action,to,send_on,language,text");
  assert.ok(lines.some((l) => l.startsWith("0112233445,0112233445-0001-1,delay_notice,buyer,2026-12-01,ru,")));
  const ics = await download("calendar");
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  assert.ok(ics.trimEnd().endsWith("END:VCALENDAR"));
  // One event per open order with a deadline, at the deadline in UTC.
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 5);
  assert.match(ics, /UID:0112233445-0001-1@orderguard\r\nDTSTAMP:20261201T020000Z\r\nDTSTART:20261130T100000Z\r\n/);
  for (const line of ics.split("\r\n")) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  assert.deepEqual(s.problems, []);
});

test("an Ozon rFBS report from Excel on a Russian Windows, with addresses, in Russian", async () => {
  const page = await board("orders.html?lang=ru", { country: "RU", zone: "Asia/Krasnoyarsk", now: "2026-12-01T10:00:00+07:00" });
  const result = await checkFile(page, "ozon-rfbs-cp1251.csv");
  assert.equal(result.ok, true, result.message);
  assert.equal(result.summary.addressesToConfirm, 1);
  assert.equal(await tile(page, "addresses"), "1");
  const confirm = page.locator("og-orders-board li[data-action=confirm_address] p");
  assert.match(await confirm.textContent(), /Новосибирск/);
  assert.match(await page.locator("og-orders-board th").first().textContent(), /Заказ/);
  // Nothing was cancelled in these 14 days.
  assert.match(await page.locator("og-orders-board .cancel-share").textContent(), /: 0\s?%/);
  assert.deepEqual(s.problems, []);
});

test("the Seller API's JSON and a Shopify export, in Chinese, with a screenshot", async () => {
  const page = await board("orders.html?lang=zh");
  const api = await checkFile(page, "ozon-fbs-list.json");
  assert.equal(api.format, "ozon-api-json");
  assert.equal(await page.locator("og-orders-board li[data-code=invalid_tracking_number]").count(), 1);
  assert.equal(await page.locator("og-orders-board li[data-code=missing_tracking_number]").count(), 1);
  assert.match(await page.locator("og-orders-board .cancel-share").textContent(), /16\.7%/);
  const shopify = await checkFile(page, "shopify-orders.csv");
  assert.equal(shopify.format, "shopify-csv");
  assert.equal(shopify.summary.orders, 4);
  const brazil = page.locator("og-orders-board tr[data-id='#1002'] li[data-action=policy_reminder] p");
  assert.equal(await brazil.getAttribute("lang"), "pt");
  assert.match(await page.locator("og-orders-board th").first().textContent(), /订单/);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, "orders-board-zh.png"), fullPage: true });
  assert.deepEqual(s.problems, []);
});

test("a board of 2,000 orders draws its 300 most urgent, filtered and sorted by the worker", async () => {
  const page = await board();
  const header = readFileSync(join(golden, "ozon-fbs-utf8-bom.csv"), "utf8").split("\n")[0];
  // Postings due over the next days; every seventh one is past its deadline.
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const day = i % 7 === 0 ? "30" : String(1 + (i % 9)).padStart(2, "0");
    const month = day === "30" ? "11" : "12";
    const number = String(5_000_000 + i);
    return [number, `${number}-0001-1`, `28.11.2026 09:00:00`, `${day}.${month}.2026 18:00:00`, `${day}.${month}.2026 18:00:00`, "Ожидает сборки", "", "", "", "990.00", "RUB", "Чехол", "1", "C-1", "1"]
      .map((cell) => `"${cell}"`)
      .join(";");
  });
  const change = await nextEvent(page.locator("og-orders-board"), "og-orders-change");
  await page.locator("og-orders-board input[type=file]").setInputFiles({ name: "postings.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\r\n") + "\r\n") });
  const summary = await change.evaluate(({ promise }) => promise.then(({ report }) => ({ orders: report.summary.orders, overdue: report.summary.overdue, count: report.orderCount })));
  assert.deepEqual(summary, { orders: 2000, overdue: 286, count: 2000 });
  const table = page.locator("og-orders-board tbody tr");
  assert.equal(await table.count(), 300);
  assert.match(await page.locator("og-orders-board .muted").last().textContent(), /300 of 2,000 orders shown/);
  // The overdue ones first, all of them on the first screen.
  assert.equal(await page.locator("og-orders-board tbody td.level-overdue").count(), 286);
  // A number far down the file is found by the worker, not only among the rows drawn.
  await page.locator("og-orders-board input[type=search]").fill("5001999");
  await page.waitForFunction(() => document.querySelector("og-orders-board").shadowRoot.querySelectorAll("tbody tr").length === 1);
  assert.equal(await table.first().getAttribute("data-id"), "5001999-0001-1");
  await page.locator("og-orders-board input[type=search]").fill("");
  await page.locator("og-orders-board th button[data-sort=order]").click();
  await page.locator("og-orders-board th button[data-sort=order]").click();
  await settled(page);
  assert.equal(await table.first().getAttribute("data-id"), "5001999-0001-1");
  assert.deepEqual(s.problems, []);
});

test("a board moved elsewhere in the page checks its file again and draws it", async () => {
  const page = await board();
  await checkFile(page, "ozon-fbs-utf8-bom.csv");
  const element = page.locator("og-orders-board");
  const again = await nextEvent(element, "og-orders-change");
  // Moving the element ends its worker, which held the report: the file is checked again.
  await element.evaluate((node) => document.body.prepend(node));
  assert.equal(await again.evaluate(({ promise }) => promise.then(({ report }) => report.orderCount)), 9);
  assert.equal(await page.locator("og-orders-board tbody tr").count(), 9);
  await page.locator("og-orders-board th button[data-sort=status]").click();
  await settled(page);
  assert.equal(await page.locator("og-orders-board th[aria-sort=ascending] button").getAttribute("data-sort"), "status");
  assert.deepEqual(s.problems, []);
});

test("a file that is no orders export gets a clear error, and the next file is checked", async () => {
  const page = await board();
  const wrong = await checkFile(page, "../catalog/apparel.csv");
  assert.equal(wrong.ok, false);
  assert.equal(wrong.code, "not_an_orders_export");
  assert.match(await page.locator("og-orders-board .status.error").textContent(), /not an orders export/);
  const right = await checkFile(page, "ozon-fbs.xlsx");
  assert.equal(right.ok, true, right.message);
  assert.equal(right.format, "ozon-xlsx");
  assert.deepEqual(s.problems, []);
});

test("every demo page links to the orders board", async () => {
  for (const path of ["index.html", "product.html", "order.html", "seller.html"]) {
    const page = await s.open(path);
    assert.equal(await page.locator("a[href='orders.html']").count(), 1, path);
    await page.close();
  }
  assert.deepEqual(s.problems, []);
});
