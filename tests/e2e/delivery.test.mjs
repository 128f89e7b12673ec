// The delivery estimate on the demo checkout, with the page's clock fixed so the countdown is known.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

let s;
before(async () => (s = await session()));
after(() => s.close());

const part = (page, name) => page.locator(`og-delivery-estimate >> [part~="${name}"]`);

async function openAt(instant, options) {
  const page = await s.open("", options);
  await page.clock.setFixedTime(new Date(instant));
  await page.reload();
  await part(page, "range").filter({ hasText: /\d/ }).waitFor();
  return page;
}

test("shows the range, ship-by date and a countdown to today's cutoff from the page's clock", async () => {
  // Friday 20 November 2026, 14:48 in Shanghai: 3 h 12 min before the 18:00 cutoff.
  const page = await openAt("2026-11-20T06:48:00Z");
  assert.equal(await part(page, "countdown").textContent(), "Order within 3 h 12 min to ship today");
  const estimate = await page.locator("og-delivery-estimate").evaluate((el) => el.estimate);
  assert.equal(estimate.cutoff.minutesLeft, 192);
  assert.match(await part(page, "range").textContent(), /^Arrives [A-Z][a-z]{2} \d{1,2} – [A-Z][a-z]{2} \d{1,2}$/);
  assert.match(await part(page, "ship-by").textContent(), /^Ships by Nov 24$/);
  // One choice per method, each with its own range, the slow one last to arrive.
  const ranges = await part(page, "method").allTextContents();
  assert.equal(ranges.length, 3);
  const all = await page.locator("og-delivery-estimate").evaluate((el) => el.estimates);
  assert.ok(all.air_mail.latest > all.express.latest);
  assert.equal(await page.locator("og-delivery-estimate >> [role=status]").count(), 1);
  assert.deepEqual(s.problems, []);
});

test("choosing a method updates the range and reports it in an event", async () => {
  const page = await openAt("2026-11-20T06:48:00Z");
  const changed = page.locator("og-delivery-estimate").evaluate(
    (el) => new Promise((done) => el.addEventListener("og-delivery-change", (e) => done(e.detail.method), { once: true })),
  );
  await page.locator('og-delivery-estimate >> label[data-method="express"]').click();
  assert.equal(await changed, "express");
  const expected = await page.locator("og-delivery-estimate").evaluate((el) => {
    const format = (iso) =>
      new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00Z`));
    return `Arrives ${format(el.estimate.earliest)} – ${format(el.estimate.latest)}`;
  });
  assert.equal(await part(page, "range").textContent(), expected);
  const express = await page.locator("og-delivery-estimate").evaluate((el) => el.estimates.express);
  const mail = await page.locator("og-delivery-estimate").evaluate((el) => el.estimates.air_mail);
  assert.notEqual(express.latest, mail.latest);
  assert.equal(await page.locator("og-delivery-estimate").getAttribute("method"), "express");
  assert.deepEqual(s.problems, []);
});

test("warns of the Spring Festival in Russian with Russian date formats", async () => {
  const page = await s.open("");
  await page.locator("og-delivery-estimate").evaluate((el) => {
    el.locale = "ru";
    el.now = "2026-02-13T19:00:00+08:00";
  });
  await part(page, "notice").first().waitFor();
  const notices = await part(page, "notice").allTextContents();
  assert.ok(notices.some((n) => n.includes("китайский Новый год")), notices.join("\n"));
  assert.match(await part(page, "range").textContent(), /^Доставка \d{1,2} [а-я]+\.? – \d{1,2} [а-я]+\.?$/);
  assert.match(await part(page, "countdown").textContent(), /Ближайшая отправка/);
  assert.deepEqual(s.problems, []);
});

test("speaks Chinese and shows the error for a bad seller time zone", async () => {
  const page = await s.open("");
  await page.locator("og-delivery-estimate").evaluate((el) => {
    el.locale = "zh-CN";
    el.now = "2026-11-20T06:48:00Z";
  });
  assert.equal(await part(page, "countdown").textContent(), "3小时12分钟内下单，今天发货");
  assert.match(await part(page, "range").textContent(), /^预计送达 \d+月\d+日 – \d+月\d+日$/);
  await page.locator("og-delivery-estimate").evaluate((el) => el.setAttribute("time-zone", "Mars/Base"));
  assert.match(await part(page, "error").textContent(), /origin\.timeZone/);
  assert.deepEqual(s.problems, []);
});

test("the calendar look-ups read padded strings and refuse what is not a string with a coded error", async () => {
  const page = await s.open("embed-example.html");
  const answers = await page.evaluate(async () => {
    const og = await import("/pkg/checkout/orderguard.js");
    await og.default({ module_or_path: "/pkg/checkout/orderguard_bg.wasm" });
    const attempt = (...args) => {
      try {
        return { value: og.isWorkingDay(...args) };
      } catch (e) {
        return { code: e.code, field: e.field, message: e.message };
      }
    };
    return {
      working: attempt("RU", "2026-11-04"),
      spaced: attempt(" ru ", " 2026-11-05 "),
      missing: attempt(undefined, "2026-11-05"),
      nullDate: attempt("RU", null),
      number: attempt(7, "2026-11-05"),
      object: attempt("RU", {}),
      array: attempt(["RU"], "2026-11-05"),
    };
  });
  assert.deepEqual(answers.working, { value: false }, "4 November is Unity Day");
  assert.deepEqual(answers.spaced, { value: true });
  assert.equal(answers.missing.code, "invalid_input");
  assert.equal(answers.missing.field, "country");
  assert.equal(answers.nullDate.field, "date");
  for (const wrong of ["number", "object", "array"]) assert.equal(answers[wrong].code, "invalid_input", wrong);
  assert.equal(answers.array.field, "country");
  assert.equal(answers.object.field, "date");
});
