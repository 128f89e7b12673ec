// The checkout elements for every buyer: no axe-core violations, full keyboard use, a form that cannot
// submit an address that must be fixed, and theming through CSS custom properties and ::part. The seller
// page too: no axe-core violations with a listing and a catalog checked.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nextEvent, session } from "./harness.mjs";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

let s;
before(async () => (s = await session()));
after(() => s.close());

async function ready(page) {
  await page.locator("og-address-form >> #og-recipient").waitFor();
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  await page.locator("og-delivery-estimate >> [part=range]").filter({ hasText: /\d/ }).waitFor();
}

/** axe-core's violations on the page as it is now, one line each. */
async function axeViolations(page) {
  // Evaluated by the test driver, not added as a <script>: the page's strict CSP would rightly block that.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** The deepest focused element, through shadow roots: its id, else its part. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el.id || el.getAttribute("part") || el.tagName.toLowerCase();
  });

async function tabTo(page, target, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${target}; focus is on ${await focused(page)}`);
}

const moscow = {
  recipient: "Иван Петров",
  region: "Москва",
  city: "Москва",
  addressLine1: "ул. Тверская, д. 7",
  postalCode: "125009",
};

for (const [name, path] of [["the demo checkout", ""], ["the plain embed page", "embed-example.html"]]) {
  test(`${name} has no axe-core violations, in every state a buyer sees`, async () => {
    const page = await s.open(path);
    await ready(page);
    assert.deepEqual(await axeViolations(page), [], "as loaded");
    // Messages shown: a postal code that does not exist.
    await page.locator("og-address-form >> #og-postalCode").fill("12");
    await page.locator("og-address-form >> #og-postalCode").press("Tab");
    await page.locator("og-address-form >> #og-postalCode-message").filter({ hasText: /./ }).waitFor();
    assert.deepEqual(await axeViolations(page), [], "with a field to fix");
    if (path === "") {
      await page.locator("#theme-toggle").click();
      await page.locator("og-return-policy >> [part=toggle]").click();
      assert.deepEqual(await axeViolations(page), [], "in the dark theme, policy details open");
    }
    assert.deepEqual(s.problems, []);
  });
}

test("every input is labelled in its own shadow root and tied to its message", async () => {
  const page = await s.open();
  await ready(page);
  const unlabelled = await page.evaluate(() =>
    ["og-address-form", "og-delivery-estimate"].flatMap((tag) =>
      [...document.querySelector(tag).shadowRoot.querySelectorAll("input, select")]
        .filter((control) => control.labels.length === 0 || control.labels[0].textContent.trim() === "")
        .map((control) => `${tag} ${control.name}`),
    ),
  );
  assert.deepEqual(unlabelled, []);
  const untied = await page.locator("og-address-form").evaluate((el) =>
    [...el.shadowRoot.querySelectorAll("input, select")]
      .filter((c) => !el.shadowRoot.getElementById(c.getAttribute("aria-describedby")))
      .map((c) => c.name),
  );
  assert.deepEqual(untied, []);
  for (const tag of ["og-address-form", "og-delivery-estimate", "og-return-policy"]) {
    assert.equal(await page.locator(`${tag} >> [role=status]`).count(), 1, `${tag} has one live region`);
  }
});

test("a buyer places an order with the keyboard alone", async () => {
  const page = await s.open();
  await ready(page);
  await tabTo(page, "og-recipient");
  // Visible focus: the focused field has an outline.
  const outline = await page.locator("og-address-form >> #og-recipient").evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, "solid");
  const order = await page.locator("og-address-form >> input").evaluateAll((inputs) => inputs.map((i) => i.name));
  for (const field of order) {
    await tabTo(page, `og-${field}`, 3);
    if (moscow[field]) await page.keyboard.type(moscow[field]);
  }
  await page.keyboard.press("Enter");
  const status = page.locator("#order-status");
  const verdict = await page.locator("og-address-form").evaluate((el) => el.result.verdict);
  if (verdict === "confirm") {
    // Enter tried to submit; the form refused and took the buyer to the confirm button.
    assert.equal(await status.textContent(), "");
    assert.equal(await focused(page), "confirm-button");
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("og-address-form").evaluate((el) => el.confirmed), true);
    await tabTo(page, "place-order");
    await page.keyboard.press("Enter");
  }
  assert.notEqual(verdict, "fix");
  await status.filter({ hasText: "Order placed." }).waitFor();
  const sent = JSON.parse(await status.getAttribute("data-address"));
  assert.equal(sent.postalCode, "125009");
  assert.equal(sent.recipient, "Иван Петров");
  // The delivery method is a radio group: Tab reaches the chosen one, an arrow key chooses the next.
  await tabTo(page, "og-method-air_express");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => document.querySelector("og-delivery-estimate").method === "express");
  assert.equal(await focused(page), "og-method-express");
  assert.deepEqual(s.problems, []);
});

test("the surrounding form cannot submit an address that must be fixed, then submits once it is right", async () => {
  const page = await s.open("embed-example.html");
  await ready(page);
  const form = page.locator("og-address-form");
  for (const [field, value] of Object.entries({ ...moscow, postalCode: "999999" })) await form.locator(`#og-${field}`).fill(value);
  await form.locator("#og-postalCode").press("Tab");
  await page.waitForFunction(() => document.querySelector("og-address-form").result?.normalized.postalCode);
  assert.equal(await form.evaluate((el) => el.result.verdict), "fix");
  assert.equal(await page.evaluate(() => document.querySelector("form").checkValidity()), false);
  assert.equal(await form.evaluate((el) => el.matches(":invalid")), true);
  const before = page.url();
  await page.getByRole("button", { name: "Place order" }).click();
  assert.equal(page.url(), before, "the order did not go out");
  assert.equal(await focused(page), "og-postalCode", "the buyer is taken to the field to fix");
  // Fixed, and confirmed if asked: the order goes out with the address and the chosen method.
  await form.locator("#og-postalCode").fill("125009");
  await form.locator("#og-postalCode").press("Tab");
  await page.waitForFunction(() => document.querySelector("og-address-form").result?.normalized.postalCode === "125009");
  if ((await form.evaluate((el) => el.result.verdict)) === "confirm") await form.locator("[part=confirm-button]").click();
  assert.equal(await page.evaluate(() => document.querySelector("form").checkValidity()), true);
  await Promise.all([page.waitForURL(/\?address=/), page.getByRole("button", { name: "Place order" }).click()]);
  const params = new URL(page.url()).searchParams;
  assert.equal(JSON.parse(params.get("address")).postalCode, "125009");
  assert.equal(params.get("shipping"), "air_mail");
  assert.deepEqual(s.problems, []);
});

test("theming: CSS custom properties and ::part restyle the elements, and the demo's dark theme applies", async () => {
  const page = await s.open();
  await ready(page);
  const input = page.locator("og-address-form >> #og-recipient");
  const range = page.locator("og-delivery-estimate >> [part=range]");
  const light = await input.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(light, "rgb(255, 255, 255)");
  // A custom property set by the page (CSSOM, allowed under the strict CSP) reaches the shadow DOM.
  await page.evaluate(() => document.documentElement.style.setProperty("--og-input-bg", "rgb(1, 2, 3)"));
  assert.equal(await input.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(1, 2, 3)");
  await page.evaluate(() => document.documentElement.style.removeProperty("--og-input-bg"));
  // The demo's second theme: custom properties for the colours, ::part(range) from the page's stylesheet.
  await page.locator("#theme-toggle").click();
  assert.equal(await page.locator("#theme-toggle").getAttribute("aria-pressed"), "true");
  assert.equal(await input.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(30, 35, 44)");
  assert.equal(await range.evaluate((el) => getComputedStyle(el).color), "rgb(255, 255, 255)");
  assert.equal(await page.locator("og-address-form").evaluate((el) => getComputedStyle(el).color), "rgb(230, 233, 239)");
  assert.deepEqual(s.problems, []);
});

test("an untouched form stays quiet until the buyer tries to order, then every problem is shown", async () => {
  const page = await s.open();
  await ready(page);
  const messages = () => page.locator("og-address-form >> .message").evaluateAll((ms) => ms.filter((m) => m.textContent).length);
  assert.equal(await messages(), 0);
  assert.equal(await page.locator("og-address-form >> [aria-invalid=true]").count(), 0);
  await page.locator("#place-order").click();
  assert.equal(await page.locator("#order-status").textContent(), "");
  assert.ok((await messages()) >= 3, "the required fields say so");
  assert.equal(await page.locator("og-address-form >> [role=status]").textContent(), "Please correct the highlighted fields.");
  assert.equal(await focused(page), await page.locator("og-address-form >> [aria-invalid=true]").first().getAttribute("id"));
  assert.deepEqual(s.problems, []);
});

test("the seller page has no axe-core violations, with a listing and a catalog checked", async () => {
  const page = await s.open("seller.html");
  await page.locator("og-listing-check .gauge[data-score]").waitFor();
  assert.deepEqual(await axeViolations(page), [], "as loaded, the empty listing's findings shown");
  const catalog = page.locator("og-catalog-check");
  const change = await nextEvent(catalog, "og-catalog-change");
  await catalog.locator("input[type=file]").setInputFiles(join(new URL("../golden/catalog/", import.meta.url).pathname, "shopify-zh-gbk.csv"));
  await change.evaluate(({ promise }) => promise);
  await catalog.locator("[part=notes] li[data-code=encoding_guessed]").waitFor();
  await catalog.locator("[part=notes] button").click();
  assert.deepEqual(await axeViolations(page), [], "with a catalog report, its note and the settings open");
  // Theming: the page's --og-* custom properties reach both elements' shadow DOM.
  await page.evaluate(() => document.documentElement.style.setProperty("--og-accent", "rgb(1, 2, 3)"));
  assert.equal(await catalog.locator("svg rect.bar").first().evaluate((el) => getComputedStyle(el).fill), "rgb(1, 2, 3)");
  assert.equal(await page.locator("og-listing-check button.fill").evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(1, 2, 3)");
  assert.deepEqual(s.problems, []);
});
