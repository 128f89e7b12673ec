// The demo order confirmation page, in Chromium under the strict CSP: <og-order-summary> restates the
// address as the label reads (Correct / Change answer in events), the ship-by date and arrival window,
// the pickup point's holding period and the pay-at-receipt reminder only when they apply, and the
// cancellation and return terms with the return-by rule. In en, ru and zh, with screenshots and axe-core.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { session } from "./harness.mjs";

const SHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

let s;
before(async () => {
  s = await session();
  await mkdir(SHOTS, { recursive: true });
});
after(() => s.close());

async function axeViolations(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const summary = (page) => page.locator("og-order-summary");
const part = (page, name) => summary(page).locator(`[part~="${name}"]`);

/** The order page with the page's clock at Friday 20 November 2026, 14:48 in Shanghai (the sample order's time). */
async function openOrder(query = "") {
  const page = await s.open(`order.html${query}`);
  await page.clock.setFixedTime(new Date("2026-11-20T06:48:00Z"));
  await page.reload();
  await part(page, "arrival").waitFor();
  return page;
}

/** Sets the order (and optionally a configuration update) and waits for the summary drawn from it. */
async function show(page, order, config) {
  return summary(page).evaluate(async (el, [order, config]) => {
    const drawn = new Promise((done) => el.addEventListener("og-order-summary", (e) => done(e.detail.errors.map((x) => x.code)), { once: true }));
    if (config) (await import("/dist/orderguard-order.js")).configure(config);
    el.order = { ...el.order, ...order };
    return drawn;
  }, [order, config]);
}

const LOCALES = {
  en: { title: "Shipping address", correct: "Correct", change: "Change", arrives: /^Arrives [A-Z][a-z]{2} \d{1,2} – (?:[A-Z][a-z]{2} )?\d{1,2}$/,
    shipBy: /^Ships by Tue, Nov 24$/, hold: /holds the parcel for 7 days/, pay: /You pay when you collect the parcel/, window: /within 14 days, counted from the day after you receive the parcel/ },
  ru: { title: "Адрес доставки", correct: "Всё верно", change: "Изменить", arrives: /^Доставка \d{1,2}(?:–\d{1,2}| [а-я]+\.? – \d{1,2}) [а-я]+\.?$/,
    shipBy: /^Отправка до вт, 24 нояб\.$/, hold: /хранит посылку 7 дней/, pay: /Оплата при получении/, window: /в течение 14 дней, считая со дня, следующего за получением/ },
  zh: { title: "收货地址", correct: "正确", change: "修改", arrives: /^预计送达 \d+月\d+日 – \d+月\d+日$/,
    shipBy: /^最晚发货 11月24日周二$/, hold: /保留7天/, pay: /取件时付款/, window: /自收到包裹的次日起14天内/ },
};

for (const [lang, expected] of Object.entries(LOCALES)) {
  test(`the order summary speaks ${lang}: label, dates, pickup hold, payment and return terms (screenshot, axe)`, async () => {
    const page = await openOrder(`?lang=${lang}`);
    assert.equal(await part(page, "title").first().textContent(), expected.title);
    const label = await part(page, "label-lines").textContent();
    assert.match(label, /125009/);
    assert.match(label, /ТВЕРСКАЯ/);
    assert.equal(await summary(page).getByRole("button", { name: expected.correct }).count(), 1);
    assert.equal(await summary(page).getByRole("button", { name: expected.change }).count(), 1);
    assert.match(await part(page, "arrival").textContent(), expected.arrives);
    assert.match(await part(page, "ship-by").textContent(), expected.shipBy);
    assert.equal(await part(page, "ship-by").getAttribute("data-date"), "2026-11-24");
    assert.match(await part(page, "pickup").textContent(), expected.hold);
    assert.match(await part(page, "payment").textContent(), expected.pay);
    assert.match(await part(page, "return-by").textContent(), expected.window);
    // The example return-by date: the arrival window's last day plus the 14 days.
    const latest = await part(page, "arrival").getAttribute("data-latest");
    const byDate = new Date(`${latest}T00:00:00Z`);
    byDate.setUTCDate(byDate.getUTCDate() + 14);
    assert.equal(await part(page, "return-by").getAttribute("data-example"), byDate.toISOString().slice(0, 10));
    assert.ok((await part(page, "summary").textContent()).includes("14"));
    // The delay notice of the same page: Black Friday is a week away on the seller's side.
    const notices = await page.locator("og-delay-notice").evaluate((el) => el.notices.map((n) => n.params.peakCode));
    assert.ok(notices.includes("black_friday"), notices.join());
    assert.equal(await page.locator("og-delay-notice >> [part~=banner]").isVisible(), true);
    assert.deepEqual(await axeViolations(page), [], "as loaded");
    await part(page, "toggle").click();
    assert.match((await part(page, "lines").allTextContents()).join("\n"), /26\.1/);
    assert.deepEqual(await axeViolations(page), [], "details open");
    await page.screenshot({ path: `${SHOTS}order-${lang}.png`, fullPage: true });
    await page.locator("#theme-toggle").click();
    assert.deepEqual(await axeViolations(page), [], "in the dark theme");
    assert.deepEqual(s.problems, []);
  });
}

test("Correct and Change answer in events that leave the element", async () => {
  const page = await openOrder();
  const confirmed = page.evaluate(() => new Promise((done) => document.addEventListener("og-address-confirm", (e) => done(e.detail), { once: true })));
  await summary(page).getByRole("button", { name: "Correct" }).click();
  const detail = await confirmed;
  assert.equal(detail.normalized.postalCode, "125009");
  assert.equal(detail.address.recipient, "Иван Петров");
  assert.ok(detail.label.includes("125009"));
  assert.equal(await summary(page).evaluate((el) => el.confirmed), true);
  assert.equal(await summary(page).getByRole("button", { name: "Correct" }).count(), 0, "confirmed once");
  assert.equal(await part(page, "status").textContent(), "Thank you: the address is confirmed.");
  assert.equal(await page.locator("#order-status").getAttribute("data-answer"), "confirmed");
  const requested = page.evaluate(() => new Promise((done) => document.addEventListener("og-address-change-request", (e) => done(e.detail), { once: true })));
  await summary(page).getByRole("button", { name: "Change" }).click();
  assert.equal((await requested).address.postalCode, "125009");
  assert.equal(await page.locator("#order-status").getAttribute("data-answer"), "change");
  assert.deepEqual(s.problems, []);
});

test("the pickup hold and the pay-at-receipt reminder appear only when they apply", async () => {
  const page = await openOrder();
  // A courier, prepaid: neither.
  assert.deepEqual(await show(page, { delivery: "courier", payment: "prepaid" }), []);
  assert.equal(await part(page, "pickup").count(), 0);
  assert.equal(await part(page, "payment").count(), 0);
  assert.match(await part(page, "method").textContent(), /by courier/);
  // A courier, paid on delivery: the reminder, for the courier.
  await show(page, { delivery: "courier", payment: "on_delivery" });
  assert.equal(await part(page, "pickup").count(), 0);
  assert.match(await part(page, "payment").textContent(), /You pay the courier/);
  // A pickup point, prepaid: the holding period, and the refund if it is not collected.
  await show(page, { delivery: "pickup_point", payment: "prepaid" });
  assert.equal(await part(page, "payment").count(), 0);
  assert.match(await part(page, "pickup").textContent(), /7 days after it arrives.*goes back to the seller and your payment is refunded/);
  // Without a holding period in the configuration: a limited time, collect promptly.
  await show(page, {}, { pickupHoldDays: null });
  assert.match(await part(page, "pickup").textContent(), /^The pickup point holds the parcel for a limited time: collect it promptly/);
  assert.equal(await part(page, "pickup").getAttribute("data-hold-days"), "");
  assert.deepEqual(s.problems, []);
});

test("an address to fix cannot be confirmed, and a failing part shows its error while the rest stays", async () => {
  const page = await openOrder();
  await show(page, { address: { country: "RU", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "999999" } });
  assert.equal(await summary(page).getByRole("button", { name: "Correct" }).count(), 0);
  assert.equal(await summary(page).getByRole("button", { name: "Change" }).count(), 1);
  assert.ok((await part(page, "issues").locator("li").count()) > 0);
  // The return law of an unknown market: the terms say so, the delivery still shows.
  const errors = await show(page, { address: { country: "US", city: "Boston", addressLine1: "1 Main St", postalCode: "02108", region: "MA" } });
  assert.ok(errors.includes("returns_unknown_market"), errors.join());
  assert.match(await summary(page).locator("[data-section=terms] [part~=error]").textContent(), /market/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(s.problems, []);
});
