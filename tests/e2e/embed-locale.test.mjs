// The checkout in the buyer's language (en, ru, zh from the page's lang or a locale attribute, dates and
// numbers through Intl), with a screenshot of each written to tests/e2e/screenshots/; and buyer text
// containing HTML or script shown as text, never executed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { session } from "./harness.mjs";

const SHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

let strict;
before(async () => {
  strict = await session();
  await mkdir(SHOTS, { recursive: true });
});
after(() => strict.close());

const shadow = (page, host, selector) =>
  page.locator(host).evaluate((el, sel) => el.shadowRoot.querySelector(sel)?.textContent ?? null, selector);

/** The demo at a fixed instant (Friday 20 November 2026, 14:48 in Shanghai), in one language. */
async function openDemo(query) {
  const page = await strict.open();
  await page.clock.setFixedTime(new Date("2026-11-20T06:48:00Z"));
  await page.goto(`${strict.url}${query}`);
  await page.locator("og-address-form >> #og-recipient").waitFor();
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  await page.locator("og-delivery-estimate >> [part=range]").filter({ hasText: /\d/ }).waitFor();
  return page;
}

const LOCALES = {
  en: { postal: "Postal code", legend: "Shipping method", countdown: "Order within 3 h 12 min to ship today", summary: /14 days/, country: "Russia", heading: "Shipping address" },
  ru: { postal: "Почтовый индекс", legend: "Способ доставки", countdown: "Оформите заказ в течение 3 ч 12 мин, чтобы он ушёл сегодня", summary: /14 дней/, country: "Россия", heading: "Адрес доставки" },
  zh: { postal: "邮政编码", legend: "配送方式", countdown: "3小时12分钟内下单，今天发货", summary: /14天/, country: "俄罗斯", heading: "收货地址" },
};

for (const [lang, expected] of Object.entries(LOCALES)) {
  test(`the demo checkout speaks ${lang} from the page's lang, dates in the locale's format (screenshot)`, async () => {
    const page = await openDemo(`?lang=${lang}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator("#address-heading").textContent(), expected.heading);
    assert.equal(await page.locator("og-address-form >> label[for=og-postalCode]").textContent(), expected.postal);
    // The countries are named in the task after the first validation (Intl.DisplayNames is slow to make).
    const country = page.locator("og-address-form >> #og-country option:checked");
    await country.filter({ hasText: expected.country }).waitFor({ state: "attached" });
    assert.equal(await country.textContent(), expected.country);
    assert.equal(await shadow(page, "og-delivery-estimate", "legend"), expected.legend);
    assert.equal(await shadow(page, "og-delivery-estimate", "[part=countdown]"), expected.countdown);
    // The ship-by date is the estimate's civil date, formatted by Intl for this language.
    const { shipBy, formatted } = await page.locator("og-delivery-estimate").evaluate((el, l) => {
      const [y, m, d] = el.estimate.shipBy.split("-").map(Number);
      const date = new Intl.DateTimeFormat(l, { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
      return { shipBy: el.shadowRoot.querySelector("[part=ship-by]").textContent, formatted: date };
    }, lang);
    assert.ok(shipBy.includes(formatted), `${shipBy} shows ${formatted}`);
    const returnBy = await page.locator("og-return-policy >> [part=return-by] time");
    const day = await returnBy.getAttribute("datetime");
    const long = await page.evaluate(([d, l]) => {
      const [y, m, dd] = d.split("-").map(Number);
      return new Intl.DateTimeFormat(l, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, dd)));
    }, [day, lang]);
    assert.equal(await returnBy.textContent(), long);
    assert.match(await shadow(page, "og-return-policy", "[part=summary]"), expected.summary);
    // A field to fix, so the screenshot shows a message in the language too.
    await page.locator("og-address-form >> #og-postalCode").fill("12");
    await page.locator("og-address-form >> #og-postalCode").press("Tab");
    await page.locator("og-address-form >> #og-postalCode-message").filter({ hasText: /./ }).waitFor();
    await page.screenshot({ path: `${SHOTS}checkout-${lang}.png`, fullPage: true });
    assert.deepEqual(strict.problems, []);
  });
}

test("the language switch re-renders every element, and a locale attribute wins over the page's lang", async () => {
  const page = await openDemo("");
  await page.locator("#page-lang").selectOption("ru");
  await page.waitForFunction(() => document.querySelector("og-address-form").shadowRoot.querySelector("label[for=og-postalCode]")?.textContent === "Почтовый индекс");
  assert.equal(await shadow(page, "og-delivery-estimate", "legend"), "Способ доставки");
  await page.waitForFunction(() => /дн/.test(document.querySelector("og-return-policy").shadowRoot.querySelector("[part=summary]")?.textContent));
  await page.locator("og-address-form").evaluate((el) => (el.locale = "zh"));
  assert.equal(await page.locator("og-address-form >> label[for=og-postalCode]").textContent(), "邮政编码");
  assert.equal(await page.locator("og-address-form").evaluate((el) => el.locale), "zh");
  assert.equal(await shadow(page, "og-delivery-estimate", "legend"), "Способ доставки");
  await page.locator("#theme-toggle").click();
  await page.screenshot({ path: `${SHOTS}checkout-ru-dark.png`, fullPage: true });
  assert.deepEqual(strict.problems, []);
});

const PAYLOADS = [
  "<img src=x onerror=window.__xss=1>",
  "<script>window.__xss=1</script>",
  '"><svg onload=window.__xss=1>',
  "<iframe srcdoc='<script>parent.__xss=1</script>'></iframe>",
];

test("HTML and script typed by a buyer are shown as text and never executed", async () => {
  const page = await openDemo("");
  const form = page.locator("og-address-form");
  const [img, script, svg, iframe] = PAYLOADS;
  await form.locator("#og-recipient").fill(img);
  await form.locator("#og-addressLine1").fill(script);
  await form.locator("#og-city").fill(svg);
  await form.locator("#og-region").fill(iframe);
  await form.locator("#og-postalCode").fill("125009");
  await form.locator("#og-postalCode").press("Enter");
  await page.waitForFunction(() => document.querySelector("og-address-form").result?.normalized.recipient);
  // The label shows what was typed, character for character, and no element was made from it.
  const label = await form.locator("[part=label-lines]").textContent();
  for (const payload of [img, script, svg]) assert.ok(label.includes(payload) || label.includes(payload.toUpperCase()), `${payload} in ${label}`);
  const injected = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll("og-address-form, og-delivery-estimate, og-return-policy")].map((e) => e.shadowRoot)];
    return roots.flatMap((r) => [...r.querySelectorAll("img, svg, iframe, script:not([src]):not([type='application/json'])")]).length;
  });
  assert.equal(injected, 0);
  // The region typed reaches the delivery estimate as data, too.
  await page.waitForFunction((r) => document.querySelector("og-delivery-estimate").region === r, iframe);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(strict.problems, []);
});

test("a payload set through the value property and the JSON configuration stays text", async () => {
  const page = await openDemo("");
  await page.locator("og-address-form").evaluate((el, payload) => (el.value = { country: "RU", recipient: payload, city: payload }), PAYLOADS[0]);
  assert.equal(await page.locator("og-address-form >> #og-recipient").inputValue(), PAYLOADS[0]);
  await page.evaluate(async (payload) => {
    const { configure } = await import("/dist/orderguard-checkout.js");
    configure({ returnTerms: { returnPoints: [payload] } });
  }, PAYLOADS[1]);
  await page.locator("og-return-policy >> [part=toggle]").click();
  await page.waitForFunction((p) => document.querySelector("og-return-policy").shadowRoot.querySelector("[part=lines]").textContent.includes(p), PAYLOADS[1]);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(strict.problems, []);
});
