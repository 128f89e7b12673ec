// The storefront pages before the checkout, in Chromium under the strict CSP: <og-delay-notice> tells
// buyers of the Spring Festival ahead of time and says nothing on a quiet date, stays dismissed for the
// session only; the compact <og-delivery-estimate> of the product page states ship and delivery times and
// remembers where the buyer said the parcel goes. In en, ru and zh, with screenshots and axe-core.
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

// 25 January 2027, 10:00 in Shanghai: the Spring Festival (6 February) is twelve days away.
const FESTIVE = "2027-01-25T02:00:00Z";
// 15 July 2026, 10:00 in Shanghai: no holiday or peak in China, Germany or Russia for the next 21 days
// (the Dragon Boat Festival ended on 21 June, Mid-Autumn starts on 25 September).
const QUIET = "2026-07-15T02:00:00Z";

async function axeViolations(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** A page of the demo with the page's clock fixed at `instant`, once its elements have rendered. */
async function openAt(path, instant) {
  const page = await s.open(path);
  await page.clock.setFixedTime(new Date(instant));
  await page.reload();
  await page.locator("og-delivery-estimate >> [part~=arrival]").filter({ hasText: /\d/ }).waitFor();
  await page.waitForFunction(() => document.querySelector("og-delay-notice").notices !== undefined);
  // The banner has decided once the first estimate was made: both wait on the same module.
  await page.waitForFunction(() => document.querySelector("og-delay-notice").shadowRoot.querySelector("[part~=banner]").dataset.severity);
  return page;
}

const banner = (page) => page.locator("og-delay-notice >> [part~=banner]");
const notices = (page) => page.locator("og-delay-notice >> [part~=notice]");

const LOCALES = {
  en: { china: "China", resume: "Feb 9", ships: "Ships in 1-2 working days.", place: /^To Moscow: /, close: "Dismiss the delivery notice" },
  ru: { china: "Китай", resume: "9 февр.", ships: "Отправка в течение 1-2 рабочих дней.", place: /^Москва: доставка /, close: "Скрыть уведомление о сроках доставки" },
  zh: { china: "中国", resume: "2月9日", ships: "1-2个工作日内发货。", place: /^送至莫斯科：/, close: "关闭配送通知" },
};

for (const [lang, expected] of Object.entries(LOCALES)) {
  test(`the product page warns of the Spring Festival closure in ${lang}, with the compact estimate (screenshot, axe)`, async () => {
    const page = await openAt(`product.html?lang=${lang}`, FESTIVE);
    assert.equal(await banner(page).isVisible(), true);
    assert.equal(await banner(page).getAttribute("role"), "status");
    const shown = await page.locator("og-delay-notice").evaluate((el) => el.notices);
    const closure = shown.find((n) => n.code === "dispatch_closure");
    assert.ok(closure, JSON.stringify(shown));
    assert.equal(closure.side, "origin");
    assert.equal(closure.from, "2027-02-05");
    assert.equal(closure.params.resume, "2027-02-09");
    assert.ok(shown.some((n) => n.code === "peak_season" && n.params.peakCode === "chinese_new_year"));
    // The closure in the buyer's words: the country named, the dates in the locale's format, no ISO dates.
    const sentence = await page.locator("og-delay-notice >> [part~=notice][data-code=dispatch_closure]").textContent();
    assert.ok(sentence.includes(expected.china), sentence);
    assert.ok(sentence.includes(expected.resume), sentence);
    for (const line of await notices(page).allTextContents()) assert.doesNotMatch(line, /\d{4}-\d{2}-\d{2}|\bCN\b/, line);
    assert.equal(await page.getByRole("button", { name: expected.close }).count(), 1);
    // The compact estimate by the buy button: two lines, no method choice.
    const estimate = page.locator("og-delivery-estimate");
    assert.equal(await estimate.locator("[part~=ships]").textContent(), expected.ships);
    assert.match(await estimate.locator("[part~=arrival]").textContent(), expected.place);
    assert.equal(await estimate.locator("[part~=methods]").isVisible(), false);
    assert.equal(await estimate.locator("[role=status]:visible").count(), 1, "one visible live region");
    assert.deepEqual(await axeViolations(page), [], "as loaded");
    await page.screenshot({ path: `${SHOTS}product-${lang}.png`, fullPage: true });
    await page.locator("#theme-toggle").click();
    assert.deepEqual(await axeViolations(page), [], "in the dark theme");
    await page.screenshot({ path: `${SHOTS}product-${lang}-dark.png`, fullPage: true });
    assert.deepEqual(s.problems, []);
  });
}

test("on a quiet date the banner renders nothing: no box, no live region to announce", async () => {
  const page = await openAt("product.html", QUIET);
  for (const destination of ["DE", "RU", null]) {
    await page.locator("og-delay-notice").evaluate((el, country) => {
      if (country) el.destinationCountry = country;
      else el.removeAttribute("destination-country");
    }, destination);
    assert.deepEqual(await page.locator("og-delay-notice").evaluate((el) => el.notices), [], `CN to ${destination}`);
    assert.equal(await banner(page).isVisible(), false);
    assert.equal(await page.locator("og-delay-notice").evaluate((el) => el.getBoundingClientRect().height), 0);
    assert.equal(await page.locator("og-delay-notice >> [role=status]:visible").count(), 0);
  }
  // The same element on a busy date speaks again.
  await page.locator("og-delay-notice").evaluate((el) => (el.now = "2027-01-25T10:00:00+08:00"));
  assert.equal(await banner(page).isVisible(), true);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(s.problems, []);
});

test("a dismissed banner stays dismissed through a reload, not in a new session, and a new notice shows again", async () => {
  const page = await openAt("product.html", FESTIVE);
  const dismissed = page.locator("og-delay-notice").evaluate(
    (el) => new Promise((done) => el.addEventListener("og-delay-dismiss", (e) => done(e.detail.notices.length), { once: true })),
  );
  await page.getByRole("button", { name: "Dismiss the delivery notice" }).click();
  assert.ok((await dismissed) >= 2);
  assert.equal(await banner(page).isVisible(), false);
  await page.reload();
  await page.locator("og-delivery-estimate >> [part~=arrival]").filter({ hasText: /\d/ }).waitFor();
  await page.waitForFunction(() => document.querySelector("og-delay-notice").notices.length > 0);
  assert.equal(await page.locator("og-delay-notice").evaluate((el) => el.dismissed), true);
  assert.equal(await banner(page).isVisible(), false, "dismissed for the session");
  // Other notices (another day, another set) are news: shown despite the dismissal.
  await page.locator("og-delay-notice").evaluate((el) => (el.now = "2026-11-20T10:00:00+08:00"));
  assert.equal(await banner(page).isVisible(), true);
  assert.equal(await notices(page).first().getAttribute("data-code"), "peak_season");
  // A new session (a new browser context) has not dismissed anything.
  const fresh = await openAt("product.html", FESTIVE);
  assert.equal(await banner(fresh).isVisible(), true);
  assert.deepEqual(s.problems, []);
});

test("the banner adds the buyer's side once their address is known, from the address event", async () => {
  // 15 December 2026: the Russian New Year holidays are days away for a buyer in Russia.
  const page = await openAt("product.html", "2026-12-15T02:00:00Z");
  const sides = () => page.locator("og-delay-notice").evaluate((el) => el.notices.map((n) => `${n.side}:${n.code}`));
  assert.ok(!(await sides()).some((n) => n.startsWith("destination")), "no destination yet: the seller's side only");
  await page.evaluate(() =>
    document.dispatchEvent(new CustomEvent("og-address-change", { detail: { address: { country: "RU" }, result: { verdict: "confirm" } } })),
  );
  const after = await sides();
  assert.ok(after.includes("destination:delivery_closure"), after.join());
  assert.ok(after.includes("destination:peak_season"), after.join());
  const text = await page.locator("og-delay-notice >> [part~=notice][data-side=destination][data-code=delivery_closure]").textContent();
  assert.match(text, /Public holidays in Russia, Dec 31, 2026 – Jan 10, 2027: parcels may reach you later than usual\./);
  assert.deepEqual(s.problems, []);
});

test("bad settings show the error naming the field instead of a dead banner", async () => {
  const page = await openAt("product.html", QUIET);
  await page.locator("og-delay-notice").evaluate((el) => el.setAttribute("days-ahead", "400"));
  assert.equal(await banner(page).isVisible(), true);
  assert.match(await page.locator("og-delay-notice >> [part~=error]").textContent(), /daysAhead/);
  await page.locator("og-delay-notice").evaluate((el) => {
    el.removeAttribute("days-ahead");
    el.setAttribute("time-zone", "Mars/Base");
  });
  assert.match(await page.locator("og-delay-notice >> [part~=error]").textContent(), /origin\.timeZone/);
  await page.locator("og-delivery-estimate").evaluate((el) => el.setAttribute("time-zone", "Mars/Base"));
  assert.match(await page.locator("og-delivery-estimate >> .compact [part~=error]").textContent(), /origin\.timeZone/);
  assert.deepEqual(s.problems, []);
});

test("the compact estimate remembers the buyer's destination for the session, not beyond", async () => {
  const page = await openAt("product.html", QUIET);
  const estimate = page.locator("og-delivery-estimate");
  const moscow = await estimate.locator("[part~=arrival]").textContent();
  assert.match(moscow, /^To Moscow: [A-Z][a-z]{2} \d{1,2} – (?:[A-Z][a-z]{2} )?\d{1,2}$/);
  const moscowLatest = await estimate.evaluate((el) => el.estimate.latest);
  await estimate.locator("[part~=destination-toggle]").click();
  await estimate.getByLabel("Country").selectOption("DE");
  await estimate.getByLabel("City (optional)").fill("Berlin");
  await estimate.getByLabel("Postal code (optional)").fill("10115");
  assert.deepEqual(await axeViolations(page), [], "the destination form open");
  const chosen = page.evaluate(() => new Promise((done) => document.addEventListener("og-destination-change", (e) => done(e.detail), { once: true })));
  await estimate.getByRole("button", { name: "Show delivery dates" }).click();
  assert.deepEqual(await chosen, { country: "DE", city: "Berlin", postalCode: "10115" });
  await estimate.locator("[part~=arrival]").filter({ hasText: /^To Berlin: / }).waitFor();
  assert.equal(await estimate.evaluate((el) => el.destinationCountry), "DE");
  assert.notEqual(await estimate.evaluate((el) => el.estimate.latest), moscowLatest, "re-estimated for Germany");
  await page.reload();
  await estimate.locator("[part~=arrival]").filter({ hasText: /^To Berlin: / }).waitFor();
  assert.equal(await estimate.evaluate((el) => el.postalCode), "10115");
  // In Russian the remembered place keeps its name; the country list speaks Russian.
  await page.selectOption("#page-lang", "ru");
  await estimate.locator("[part~=arrival]").filter({ hasText: /^Berlin: доставка / }).waitFor();
  // A new session starts from the page's own destination again.
  const fresh = await openAt("product.html", QUIET);
  assert.equal(await fresh.locator("og-delivery-estimate >> [part~=arrival]").textContent(), moscow);
  assert.deepEqual(s.problems, []);
});

test("an address checked on a page of the session becomes the compact estimate's destination", async () => {
  const page = await openAt("product.html", QUIET);
  await page.evaluate(() =>
    document.dispatchEvent(new CustomEvent("og-address-change", {
      detail: { address: { country: "KZ", city: "Алматы", postalCode: "050000" }, result: { verdict: "accept" } },
    })),
  );
  await page.locator("og-delivery-estimate >> [part~=arrival]").filter({ hasText: /^To Алматы: / }).waitFor();
  // An address with an error to fix is not where anything goes.
  await page.evaluate(() =>
    document.dispatchEvent(new CustomEvent("og-address-change", { detail: { address: { country: "DE" }, result: { verdict: "fix" } } })),
  );
  assert.equal(await page.locator("og-delivery-estimate").evaluate((el) => el.destinationCountry), "KZ");
  assert.deepEqual(s.problems, []);
});
