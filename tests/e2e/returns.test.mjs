// <og-return-policy> on the demo checkout, in Chromium, against the optimized release build.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

let s;
before(async () => (s = await session()));
after(() => s.close());

const policy = (page) => page.locator("og-return-policy#return-policy");

test("the checkout shows the return window and the return-by date first, details on demand", async () => {
  const page = await s.open();
  const element = policy(page);
  const summary = element.locator('[part="summary"]');
  await summary.waitFor();
  // Russia, apparel, the seller's 14 days beat the law's 7.
  assert.match(await summary.textContent(), /within 14 days of delivery/);
  const time = element.locator('[part="return-by"] time');
  assert.equal(await time.getAttribute("datetime"), "2026-12-17");
  assert.equal(await time.textContent(), "December 17, 2026");
  assert.equal(await element.locator('[role="status"]').count(), 1);
  const details = element.locator('[part="details"]');
  assert.equal(await details.getAttribute("open"), null);
  const lines = element.locator('[part="lines"] li');
  assert.equal(await lines.first().isVisible(), false);
  await element.locator('[part="toggle"]').click();
  assert.equal(await lines.first().isVisible(), true);
  const text = (await lines.allTextContents()).join("\n");
  assert.match(text, /art\. 26\.1\(4\)/);
  assert.match(text, /Ozon pickup point/);
  assert.deepEqual(s.problems, []);
});

test("changing the delivery date and the market updates the policy and reports it", async () => {
  const page = await s.open();
  const element = policy(page);
  await element.locator('[part="summary"]').waitFor();
  const reported = page.evaluate(
    () => new Promise((done) => document.addEventListener("og-return-policy", (e) => done(e.detail.policy), { once: true })),
  );
  await page.selectOption("#returns-market", "DE");
  const result = await reported;
  assert.equal(result.market, "DE");
  assert.equal(result.legalBasis.law.includes("BGB"), true);
  await page.fill("#returns-delivered-on", "2028-02-20");
  await page.locator("#returns-delivered-on").dispatchEvent("change");
  const time = element.locator('[part="return-by"] time');
  await page.waitForFunction(() => document.querySelector("#return-policy").policy?.returnBy === "2028-03-05");
  assert.equal(await time.getAttribute("datetime"), "2028-03-05");
  assert.deepEqual(s.problems, []);
});

test("the policy reads in the buyer's language with the locale's date format", async () => {
  const page = await s.open();
  const element = policy(page);
  await element.locator('[part="summary"]').waitFor();
  for (const [locale, summary, date] of [
    ["ru", /в течение 14 дней/, "17 декабря 2026"],
    ["zh", /14天内/, "2026年12月17日"],
    ["de", /innerhalb von 14 Tagen/, "17. Dezember 2026"],
    ["pt", /em até 14 dias/, "17 de dezembro de 2026"],
  ]) {
    await page.selectOption("#returns-locale", locale);
    await page.waitForFunction((l) => document.querySelector("#return-policy").policy && document.querySelector("#return-policy").locale === l, locale);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector("#return-policy").shadowRoot.querySelector('[part="summary"]').textContent), summary.source);
    const time = await element.locator('[part="return-by"] time').textContent();
    assert.ok(time.includes(date), `${locale}: ${time}`);
  }
  assert.deepEqual(s.problems, []);
});

test("a seller below the legal minimum and an excepted category are shown as such", async () => {
  const page = await s.open();
  await policy(page).locator('[part="summary"]').waitFor();
  const result = await page.evaluate(async () => {
    const el = document.createElement("og-return-policy");
    el.setAttribute("show-notices", "");
    el.market = "DE";
    el.seller = { windowDays: 7 };
    el.deliveredOn = "2026-11-22";
    const updated = new Promise((done) => el.addEventListener("og-return-policy", (e) => done(e.detail), { once: true }));
    document.body.append(el);
    const first = await updated;
    const notice = el.shadowRoot.querySelector('[part="notices"] li')?.dataset.code;
    const again = new Promise((done) => el.addEventListener("og-return-policy", (e) => done(e.detail), { once: true }));
    el.category = "made_to_order";
    el.seller = {};
    const second = await again;
    return {
      below: first.policy.sellerBelowLegalMinimum,
      notice,
      returnBy: first.policy.returnBy,
      excepted: second.policy.excepted,
      summary: el.shadowRoot.querySelector('[part="summary"]').textContent,
      returnByShown: el.shadowRoot.querySelector('[part="return-by"]') !== null,
    };
  });
  assert.equal(result.below, true);
  assert.equal(result.notice, "returns_seller_below_legal_minimum");
  assert.equal(result.returnBy, "2026-12-06");
  assert.equal(result.excepted, true);
  assert.match(result.summary, /cannot be returned/);
  assert.equal(result.returnByShown, false);
  assert.deepEqual(s.problems, []);
});

test("an unknown market shows the error naming the field and reports it as data", async () => {
  const page = await s.open();
  await policy(page).locator('[part="summary"]').waitFor();
  const detail = await page.evaluate(async () => {
    const el = document.querySelector("#return-policy");
    const failed = new Promise((done) => el.addEventListener("og-return-policy", (e) => done(e.detail), { once: true }));
    el.market = "US";
    const { error } = await failed;
    return { code: error.code, field: error.field, shown: el.shadowRoot.querySelector('[part="error"]').textContent, policy: el.policy };
  });
  assert.equal(detail.code, "returns_unknown_market");
  assert.equal(detail.field, "market");
  assert.match(detail.shown, /market/);
  assert.equal(detail.policy, null);
  assert.deepEqual(s.problems, []);
});
