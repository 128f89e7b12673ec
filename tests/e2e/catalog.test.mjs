// The whole-catalog check on the seller page: real Shopify exports and a Windows-1251 Ozon report are
// checked in a Web Worker, summarized, listed, filtered, sorted and downloaded as CSV.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { session } from "./harness.mjs";

const golden = new URL("../golden/catalog/", import.meta.url).pathname;

let s;
before(async () => (s = await session()));
after(() => s.close());

async function checkFile(page, path) {
  const element = page.locator("catalog-check");
  const done = element.evaluate(
    (node) =>
      new Promise((resolve) => {
        node.addEventListener("catalog-checked", (e) => resolve({ ok: true, summary: e.detail.report.summary, rows: e.detail.report.rows }), { once: true });
        node.addEventListener("catalog-error", (e) => resolve({ ok: false, ...e.detail }), { once: true });
      }),
  );
  await page.locator("catalog-check input[type=file]").setInputFiles(path);
  return done;
}

test("a Shopify export is checked with a summary, a chart and one table row per product", async () => {
  const page = await s.open("seller.html");
  const result = await checkFile(page, join(golden, "apparel.csv"));
  assert.equal(result.ok, true);
  assert.equal(result.rows, 22);
  assert.equal(result.summary.listings, 20);
  const status = page.locator("catalog-check .status");
  assert.match(await status.textContent(), /20 listings checked in 22 rows; 0 rows/);
  assert.equal(await page.locator("catalog-check tbody tr").count(), 20);
  const bars = await page.locator("catalog-check svg rect.bar").evaluateAll((rects) => rects.map((r) => Number(r.dataset.count)));
  assert.equal(bars.length, 10);
  assert.equal(bars.reduce((a, b) => a + b, 0), 20);
  assert.equal(await page.locator("catalog-check .mean").textContent(), String(result.summary.meanScore));
  assert.equal(await page.locator("catalog-check progress").evaluate((p) => p.value), 1);
  assert.deepEqual(s.problems, []);
});

test("the table sorts by a column and filters by text and level", async () => {
  const page = await s.open("seller.html");
  await checkFile(page, join(golden, "jewelery.csv"));
  const rows = page.locator("catalog-check tbody tr");
  const firstRows = () => rows.evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.row)));
  const ascending = await firstRows();
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
  await page.locator("catalog-check th button[data-sort=row]").click();
  const descending = await firstRows();
  assert.deepEqual(descending, [...ascending].reverse());
  assert.equal(await page.locator("catalog-check th[aria-sort=descending]").count(), 1);
  const title = await rows.first().locator("td").nth(2).textContent();
  await page.locator("catalog-check input[type=search]").fill(title);
  assert.ok((await rows.count()) >= 1 && (await rows.count()) < 20);
  await page.locator("catalog-check input[type=search]").fill("");
  const level = (await rows.first().locator("td").nth(4).getAttribute("class")).replace("level-", "");
  await page.locator("catalog-check select#level").selectOption(level);
  const levels = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[4].className));
  assert.ok(levels.length >= 1);
  assert.ok(levels.every((c) => c === `level-${level}`));
  assert.deepEqual(s.problems, []);
});

test("the report downloads as CSV with one line per listing", async () => {
  const page = await s.open("seller.html");
  await checkFile(page, join(golden, "home-and-garden.csv"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("catalog-check button.download").click()]);
  assert.equal(download.suggestedFilename(), "catalog-report.csv");
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = text.trim().split("\r\n");
  assert.equal(lines[0], "row,id,title,score,level,codes,findings");
  assert.equal(lines.length, 21);
  assert.deepEqual(s.problems, []);
});

test("an Ozon report in Windows-1251 shows its broken row in Russian", async () => {
  const page = await s.open("seller.html");
  await page.locator("catalog-check").evaluate((node) => node.setAttribute("locale", "ru"));
  const result = await checkFile(page, join(golden, "ozon-products-cp1251.csv"));
  assert.equal(result.ok, true);
  assert.equal(result.summary.listings, 4);
  assert.match(await page.locator("catalog-check .status").textContent(), /Проверено товаров: 4 в 5 строках/);
  const errors = page.locator("catalog-check .row-errors li");
  assert.equal(await errors.count(), 1);
  assert.match(await errors.first().textContent(), /^Строка 6: .*по запросу/);
  assert.equal(await page.locator("catalog-check th button[data-sort=title]").textContent(), "Название");
  assert.deepEqual(s.problems, []);
});

test("an Ozon XLSX template is read from its template sheet", async () => {
  const page = await s.open("seller.html");
  const xlsx = new URL("../golden/xlsx/ozon_template_xlsxwriter.xlsx", import.meta.url).pathname;
  const result = await checkFile(page, xlsx);
  assert.equal(result.ok, true);
  assert.equal(result.rows, 5);
  assert.equal(result.summary.listings, 4);
  const ids = await page.locator("catalog-check tbody tr td:nth-child(2)").allTextContents();
  assert.deepEqual(ids, ["000123", "A-77", "0045", ""]);
  assert.deepEqual(s.problems, []);
});

test("a file that is not a catalog shows one clear error", async () => {
  const page = await s.open("seller.html");
  const result = await checkFile(page, join(golden, "orders-not-a-catalog.csv"));
  assert.equal(result.ok, false);
  assert.equal(result.code, "not_a_catalog");
  const status = page.locator("catalog-check .status.error");
  assert.match(await status.textContent(), /not be checked: .*Order ID/);
  assert.equal(await page.locator("catalog-check tbody tr").count(), 0);
  assert.deepEqual(s.problems, []);
});

test("a big file streams through the worker in chunks with rising progress", async () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-e2e-"));
  const file = join(dir, "big.csv");
  const lines = ["id,title,price,images,material"];
  for (let i = 0; i < 60000; i++) lines.push(`S-${i},"Shirt, size ${i % 7}",${10 + (i % 90)}.5,https://cdn.example.com/${i}.jpg,cotton`);
  writeFileSync(file, lines.join("\n") + "\n");
  const page = await s.open("seller.html");
  const progress = page.locator("catalog-check").evaluate(
    (node) =>
      new Promise((resolve) => {
        const seen = [];
        node.addEventListener("catalog-progress", (e) => seen.push(e.detail.progress));
        node.addEventListener("catalog-checked", () => resolve(seen), { once: true });
      }),
  );
  await page.locator("catalog-check input[type=file]").setInputFiles(file);
  const seen = await progress;
  assert.ok(seen.length >= 3, `progress events: ${seen.length}`);
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
  assert.equal(seen.at(-1), 1);
  assert.match(await page.locator("catalog-check .status").textContent(), /60000 listings checked in 60000 rows/);
  assert.equal(await page.locator("catalog-check tbody tr").count(), 500);
  assert.deepEqual(s.problems, []);
});
