// The whole-catalog check on the seller page: real Shopify exports and a Windows-1251 Ozon report are
// checked in a Web Worker that streams the file, summarized, listed, filtered, sorted and downloaded as
// CSV; the table draws only the rows in view, a check can be cancelled, and the language changes
// without checking again.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextEvent, session } from "./harness.mjs";

const golden = new URL("../golden/catalog/", import.meta.url).pathname;
const shots = new URL("./screenshots/", import.meta.url).pathname;

let s;
before(async () => (s = await session()));
after(() => s.close());

async function checkFile(page, path) {
  const change = await nextEvent(page.locator("og-catalog-check"), "og-catalog-change");
  await page.locator("og-catalog-check input[type=file]").setInputFiles(path);
  return change.evaluate(({ promise }) =>
    promise.then(({ report, error }) =>
      report ? { ok: true, summary: report.summary, rows: report.rows } : { ok: false, code: error.code, field: error.field, message: error.message },
    ),
  );
}

test("a Shopify export is checked with a summary, a chart and one table row per product", async () => {
  const page = await s.open("seller.html");
  const result = await checkFile(page, join(golden, "apparel.csv"));
  assert.equal(result.ok, true);
  assert.equal(result.rows, 22);
  assert.equal(result.summary.listings, 20);
  const status = page.locator("og-catalog-check .status");
  assert.match(await status.textContent(), /20 listings checked in 22 rows; 0 rows/);
  await page.locator("og-catalog-check tbody tr").nth(19).waitFor();
  assert.equal(await page.locator("og-catalog-check tbody tr").count(), 20);
  const bars = await page.locator("og-catalog-check svg rect.bar").evaluateAll((rects) => rects.map((r) => Number(r.dataset.count)));
  assert.equal(bars.length, 10);
  assert.equal(bars.reduce((a, b) => a + b, 0), 20);
  assert.equal(await page.locator("og-catalog-check .mean").textContent(), String(result.summary.meanScore));
  assert.equal(await page.locator("og-catalog-check progress").evaluate((p) => p.value), 1);
  assert.deepEqual(s.problems, []);
});

/** The `data-row` of every drawn table row, once the table shows `count` of them (or any, if omitted). */
async function drawnRows(page, check = (rows) => rows.length > 0) {
  const rows = page.locator("og-catalog-check tbody tr");
  for (let tries = 0; tries < 100; tries++) {
    const drawn = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.row)));
    if (check(drawn)) return drawn;
    await page.waitForTimeout(50);
  }
  throw new Error("the table did not draw the rows expected");
}

test("the table sorts by a column and filters by text and level", async () => {
  const page = await s.open("seller.html");
  await checkFile(page, join(golden, "jewelery.csv"));
  const rows = page.locator("og-catalog-check tbody tr");
  const ascending = await drawnRows(page, (r) => r.length === 20);
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
  await page.locator("og-catalog-check th button[data-sort=row]").click();
  const descending = await drawnRows(page, (r) => r[0] === ascending.at(-1));
  assert.deepEqual(descending, [...ascending].reverse());
  assert.equal(await page.locator("og-catalog-check th[aria-sort=descending]").count(), 1);
  const title = await rows.first().locator("td").nth(2).textContent();
  await page.locator("og-catalog-check input[type=search]").fill(title);
  const found = await drawnRows(page, (r) => r.length >= 1 && r.length < 20);
  assert.ok(found.length >= 1);
  await page.locator("og-catalog-check input[type=search]").fill("");
  await drawnRows(page, (r) => r.length === 20);
  const level = (await rows.first().locator("td").nth(4).getAttribute("class")).replace("level-", "");
  await page.locator("og-catalog-check select#level").selectOption(level);
  const levels = () => rows.evaluateAll((trs) => trs.map((tr) => tr.children[4].className));
  for (let tries = 0; tries < 100 && !(await levels()).every((c) => c === `level-${level}`); tries++) await page.waitForTimeout(50);
  assert.ok((await levels()).length >= 1);
  assert.ok((await levels()).every((c) => c === `level-${level}`));
  assert.deepEqual(s.problems, []);
});

test("the report downloads as CSV with one line per listing", async () => {
  const page = await s.open("seller.html");
  await checkFile(page, join(golden, "home-and-garden.csv"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("og-catalog-check button.download").click()]);
  assert.equal(download.suggestedFilename(), "catalog-report.csv");
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = text.trim().split("\r\n");
  assert.equal(lines[0], "row,id,title,score,level,codes,findings");
  assert.equal(lines.length, 21);
  assert.deepEqual(s.problems, []);
});

test("an Ozon report in Windows-1251 shows its broken row in Russian", async () => {
  const page = await s.open("seller.html");
  await page.locator("og-catalog-check").evaluate((node) => node.setAttribute("locale", "ru"));
  const result = await checkFile(page, join(golden, "ozon-products-cp1251.csv"));
  assert.equal(result.ok, true);
  assert.equal(result.summary.listings, 4);
  assert.match(await page.locator("og-catalog-check .status").textContent(), /Проверено товаров: 4 в 5 строках/);
  const errors = page.locator("og-catalog-check .row-errors li");
  assert.equal(await errors.count(), 1);
  assert.match(await errors.first().textContent(), /^Строка 6: .*по запросу/);
  assert.equal(await page.locator("og-catalog-check th button[data-sort=title]").textContent(), "Название");
  assert.deepEqual(s.problems, []);
});

test("an Ozon XLSX template is read from its template sheet", async () => {
  const page = await s.open("seller.html");
  const xlsx = new URL("../golden/xlsx/ozon_template_xlsxwriter.xlsx", import.meta.url).pathname;
  const result = await checkFile(page, xlsx);
  assert.equal(result.ok, true);
  // Row 3 holds the template's filling hints: skipped, like the headings above the header.
  assert.equal(result.rows, 4);
  assert.equal(result.summary.listings, 4);
  await drawnRows(page, (r) => r.length === 4);
  const ids = await page.locator("og-catalog-check tbody tr td:nth-child(2)").allTextContents();
  assert.deepEqual(ids, ["000123", "A-77", "0045", ""]);
  assert.equal(await page.locator("og-catalog-check [part=notes] li[data-code=rows_skipped]").count(), 1);
  assert.deepEqual(s.problems, []);
});

test("what a Shopify export cannot hold is noted once above the listings, not found in each", async () => {
  const page = await s.open("seller.html");
  const result = await checkFile(page, join(golden, "shopify-taxonomy-pt.csv"));
  assert.equal(result.ok, true);
  assert.equal(result.summary.listings, 6);
  for (const code of ["missing_shipping_info", "missing_return_info", "missing_video", "missing_color", "unknown_category"]) {
    assert.equal(result.summary.byCode[code], undefined, code);
  }
  const element = page.locator("og-catalog-check");
  const gaps = element.locator("[part=notes] li[data-code=store_level_gap]");
  assert.equal(await gaps.count(), 3);
  assert.match(await gaps.nth(0).locator(".message").textContent(), /6 listings give no shipping terms/);
  assert.match(await gaps.nth(0).locator(".hint").textContent(), /Settings › Policies › Shipping policy/);
  await drawnRows(page, (r) => r.length === 6);
  const findings = (await element.locator("tbody td.findings").allTextContents()).join(" ");
  assert.doesNotMatch(findings, /Shipping is not described|no video/);
  // The notes come first on the page, the listings' findings after them.
  const notesBox = await element.locator("[part=notes]").boundingBox();
  const tableBox = await element.locator("[part=table]").boundingBox();
  assert.ok(notesBox.y + notesBox.height <= tableBox.y, `notes at ${notesBox.y}, table at ${tableBox.y}`);
  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => /店铺的配送政策/.test(document.querySelector("og-catalog-check").shadowRoot.querySelector("[part=notes]").textContent));
  await element.screenshot({ path: join(shots, "catalog-store-level-notes.png") });
  assert.deepEqual(s.problems, []);
});

test("a file that is not a catalog shows one clear error", async () => {
  const page = await s.open("seller.html");
  const result = await checkFile(page, join(golden, "orders-not-a-catalog.csv"));
  assert.equal(result.ok, false);
  assert.equal(result.code, "not_a_catalog");
  const status = page.locator("og-catalog-check .status.error");
  assert.match(await status.textContent(), /not be checked: .*Order ID/);
  assert.equal(await page.locator("og-catalog-check tbody tr").count(), 0);
  assert.deepEqual(s.problems, []);
});

test("a big file streams through the worker in chunks with rising progress", async () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-e2e-"));
  const file = join(dir, "big.csv");
  const lines = ["id,title,price,images,material"];
  for (let i = 0; i < 60000; i++) lines.push(`S-${i},"Shirt, size ${i % 7}",${10 + (i % 90)}.5,https://cdn.example.com/${i}.jpg,cotton`);
  writeFileSync(file, lines.join("\n") + "\n");
  const page = await s.open("seller.html");
  const progress = await page.locator("og-catalog-check").evaluateHandle((node) => ({
    promise: new Promise((resolve) => {
      const seen = [];
      node.addEventListener("og-catalog-progress", (e) => seen.push(e.detail));
      node.addEventListener("og-catalog-change", () => resolve(seen), { once: true });
    }),
  }));
  await page.locator("og-catalog-check input[type=file]").setInputFiles(file);
  const seen = await progress.evaluate(({ promise }) => promise);
  assert.ok(seen.length >= 3, `progress events: ${seen.length}`);
  const fractions = seen.map((p) => p.progress);
  assert.deepEqual(fractions, [...fractions].sort((a, b) => a - b));
  assert.equal(fractions.at(-1), 1);
  // Each says how many bytes were read and how many listings checked so far.
  assert.ok(seen.every((p, i) => i === 0 || (p.bytes >= seen[i - 1].bytes && p.listingsChecked >= seen[i - 1].listingsChecked)));
  assert.equal(seen.at(-1).bytes, seen.at(-1).total);
  assert.equal(seen.at(-1).listingsChecked, 60000);
  assert.match(await page.locator("og-catalog-check .status").textContent(), /60000 listings checked in 60000 rows/);
  // Only the rows in view are drawn; scrolling to the end draws the last ones.
  const first = await drawnRows(page);
  assert.ok(first.length < 200, `${first.length} rows drawn`);
  await page.locator("og-catalog-check .table-wrap").evaluate((wrap) => (wrap.scrollTop = wrap.scrollHeight));
  const last = await drawnRows(page, (r) => r.includes(60001));
  assert.ok(last.length < 200, `${last.length} rows drawn`);
  assert.deepEqual(s.problems, []);
});

/** Listens for the element's next `og-catalog-change`; the returned function waits for its essentials. */
async function nextChange(page) {
  const change = await nextEvent(page.locator("og-catalog-check"), "og-catalog-change");
  return () =>
    change.evaluate(({ promise }) =>
      promise.then(({ report, error }) => (report ? { encoding: report.encoding, notes: report.notes.map((n) => n.code) } : { code: error.code })),
    );
}

// The table is emptied when a report arrives and its rows come from the worker after it, all at once.
async function titles(page) {
  await page.locator("og-catalog-check tbody tr").first().waitFor();
  return page.locator("og-catalog-check tbody tr td:nth-child(3)").allTextContents();
}

test("a GBK export dropped on the page reads in Chinese, says the encoding was guessed, and reads as Big5 when the seller chooses", async () => {
  const page = await s.open("seller.html");
  const element = page.locator("og-catalog-check");
  const bytes = [...readFileSync(join(golden, "shopify-zh-gbk.csv"))];
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], "shopify-zh-gbk.csv", { type: "text/csv" }));
    return transfer;
  }, bytes);
  let change = await nextChange(page);
  const dropzone = element.locator("[part=dropzone]");
  await dropzone.dispatchEvent("dragover", { dataTransfer });
  await dropzone.dispatchEvent("drop", { dataTransfer });
  // A Shopify product CSV holds no shipping terms, return terms or video: noted once for the catalog.
  const gaps = ["store_level_gap", "store_level_gap", "store_level_gap"];
  assert.deepEqual(await change(), { encoding: "gbk", notes: ["encoding_guessed", ...gaps] });
  assert.deepEqual((await titles(page)).sort(), ["真丝连衣裙 夏季新款", "青花瓷茶杯（四只装）"].sort());
  const summary = element.locator("[part=summary]");
  assert.equal(await summary.locator("code.encoding").textContent(), "gbk");
  assert.equal(await summary.locator("code.format").textContent(), "shopify-csv");
  const note = summary.locator("[part=notes] li[data-code=encoding_guessed]");
  assert.match(await note.locator(".message").textContent(), /read as gbk/);
  assert.match(await note.locator(".hint").textContent(), /big5 is the next most likely/);
  // The note leads to the encoding choice; choosing one checks the same file again.
  await note.locator("button").click();
  const select = element.locator("select#encoding");
  assert.equal(await select.evaluate((el) => el.matches(":focus")), true);
  change = await nextChange(page);
  await select.selectOption("big5");
  assert.deepEqual(await change(), { encoding: "big5", notes: gaps }, "the seller chose: nothing is guessed");
  assert.equal(await summary.locator("code.encoding").textContent(), "big5");
  assert.equal(await summary.locator("[part=notes] li[data-code=encoding_guessed]").count(), 0);
  const big5 = await titles(page);
  assert.equal(big5.length, 2);
  assert.ok(!big5.includes("真丝连衣裙 夏季新款") && !big5.includes("青花瓷茶杯（四只装）"), big5.join(", "));
  assert.deepEqual(s.problems, []);
});

test("a Big5 catalog reads in Traditional Chinese", async () => {
  const page = await s.open("seller.html");
  const change = await nextChange(page);
  await page.locator("og-catalog-check input[type=file]").setInputFiles(join(golden, "generic-zh-big5.csv"));
  assert.deepEqual(await change(), { encoding: "big5", notes: ["encoding_guessed"] });
  assert.ok((await titles(page)).includes("手工皮革錢包"));
  assert.equal(await page.locator("og-catalog-check [part=summary] code.encoding").textContent(), "big5");
  assert.deepEqual(s.problems, []);
});

test("the encoding choice offers every encoding read, labelled in the seller's language", async () => {
  const page = await s.open("seller.html");
  const options = () => page.locator("og-catalog-check select#encoding option").evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  const en = Object.fromEntries(await options());
  assert.deepEqual(Object.keys(en), ["auto", "utf-8", "utf-16le", "utf-16be", "windows-1251", "gbk", "gb18030", "big5"]);
  assert.equal(en.gbk, "GBK (Simplified Chinese, Excel on a Chinese Windows)");
  assert.equal(en.big5, "Big5 (Traditional Chinese)");
  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => document.querySelector("og-catalog-check").shadowRoot.querySelector("option[value=auto]").textContent === "自动检测");
  const zh = Object.fromEntries(await options());
  assert.equal(zh.gbk, "GBK（简体中文，中文版 Windows 上的 Excel）");
  assert.equal(zh.big5, "Big5（繁体中文）");
  assert.equal(await page.locator("#catalog-heading").textContent(), "整个商品目录");
  assert.deepEqual(s.problems, []);
});

test("a check in progress can be cancelled, and the next file is checked", async () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-e2e-"));
  const file = join(dir, "long.csv");
  const lines = ["id,title,price,images"];
  for (let i = 0; i < 2000000; i++) lines.push(`S-${i},Shirt ${i},${10 + (i % 90)}.5,https://cdn.example.com/${i}.jpg`);
  writeFileSync(file, lines.join("\n") + "\n");
  const page = await s.open("seller.html");
  const element = page.locator("og-catalog-check");
  const change = await nextEvent(element, "og-catalog-change");
  const progress = await nextEvent(element, "og-catalog-progress");
  await element.locator("input[type=file]").setInputFiles(file);
  await progress.evaluate(({ promise }) => promise);
  await element.locator("button[part=cancel]").click();
  assert.deepEqual(await change.evaluate(({ promise }) => promise.then(({ report, error }) => ({ report, error }))), { report: null, error: null });
  assert.match(await element.locator(".status").textContent(), /was cancelled/);
  assert.equal(await element.locator("button[part=cancel]").isHidden(), true);
  assert.ok((await checkFile(page, join(golden, "apparel.csv"))).ok);
  assert.deepEqual(s.problems, []);
});

test("switching the language re-renders the report's texts without checking again", async () => {
  const page = await s.open("seller.html");
  const element = page.locator("og-catalog-check");
  await checkFile(page, join(golden, "apparel.csv"));
  await drawnRows(page, (r) => r.length === 20);
  let changes = 0;
  await element.evaluate((node) => node.addEventListener("og-catalog-change", () => (window.__changes = (window.__changes ?? 0) + 1)));
  await page.getByRole("button", { name: "Русский" }).click();
  const findings = element.locator("tbody tr").first().locator("td.findings");
  for (let tries = 0; tries < 100 && !/[а-я]/.test(await findings.textContent()); tries++) await page.waitForTimeout(50);
  assert.match(await findings.textContent(), /[а-я]/);
  assert.match(await element.locator("ol.common li").first().textContent(), /[а-я]/);
  changes = await page.evaluate(() => window.__changes ?? 0);
  assert.equal(changes, 0, "nothing was checked again");
  assert.deepEqual(s.problems, []);
});

test("an Ozon template saved as CSV skips its headings and hints, and a cut line does not swallow the next", async () => {
  const page = await s.open("seller.html");
  const template = await checkFile(page, join(golden, "ozon-template-cp1251.csv"));
  assert.equal(template.rows, 3);
  assert.equal(template.summary.rowErrors, 0);
  const note = page.locator("og-catalog-check [part=notes] li[data-code=rows_skipped] .message");
  assert.match(await note.textContent(), /Lines 1, 3 are not listings/);
  const cut = await checkFile(page, join(golden, "erp-cut-descriptions.csv"));
  assert.equal(cut.summary.listings, 3);
  const errors = page.locator("og-catalog-check .row-errors li");
  assert.equal(await errors.count(), 1);
  assert.match(await errors.first().textContent(), /^Row 3: a quoted field is never closed/);
  assert.deepEqual(s.problems, []);
});
