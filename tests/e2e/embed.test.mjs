// The checkout as a storefront embeds it: one module tag, a JSON configuration block, under a strict
// Content-Security-Policy; the wasm module fetched and instantiated once per page; the elements show their
// frame before the module is ready and never hold up the page's own scripts.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { session } from "./harness.mjs";

const ROOT = new URL("../../", import.meta.url);

let strict;
before(async () => (strict = await session()));
after(() => strict.close());

/** Text of the first element matching `selector` inside `host`'s shadow root. */
const shadowText = (page, host, selector) =>
  page.locator(host).evaluate((el, sel) => el.shadowRoot.querySelector(sel)?.textContent ?? null, selector);

test("the checkout works under a strict Content-Security-Policy", async () => {
  const page = await strict.open();
  const violations = [];
  page.on("console", (msg) => /Content.Security.Policy|CSP/i.test(msg.text()) && violations.push(msg.text()));
  await page.reload();
  await page.locator("#engine[data-ready]").waitFor();
  assert.equal(await page.locator("#engine").getAttribute("data-ready"), "true");
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  await page.locator("og-delivery-estimate >> [part=range]").filter({ hasText: /\d/ }).waitFor();
  const header = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
  assert.equal(header, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  // The elements' styles apply under the policy (constructed stylesheets, no inline <style>).
  const border = await page.locator("og-address-form >> #og-recipient").evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(border, "solid");
  assert.deepEqual(violations, []);
  assert.deepEqual(strict.problems, []);
});

test("the wasm module is fetched once per page", async () => {
  const page = await strict.open();
  const fetched = [];
  page.on("request", (r) => /\.(wasm|js)$/.test(new URL(r.url()).pathname) && fetched.push(new URL(r.url()).pathname));
  await page.reload();
  await page.locator("#engine[data-ready]").waitFor();
  await page.waitForLoadState("networkidle");
  const count = (path) => fetched.filter((p) => p === path).length;
  assert.equal(count("/pkg/checkout/orderguard_bg.wasm"), 1, fetched.join("\n"));
  assert.equal(count("/dist/orderguard-checkout.js"), 1, fetched.join("\n"));
  // The built entry is one file: no component module is fetched on its own.
  assert.deepEqual(fetched.filter((p) => p.startsWith("/components/")), [], fetched.join("\n"));
  assert.equal(count("/pkg/checkout/orderguard.js"), 1, fetched.join("\n"));
  assert.equal(fetched.filter((p) => p.endsWith(".wasm")).length, 1, fetched.join("\n"));
});

test("the README's full example is the plain embed page, word for word", async () => {
  const readme = await readFile(new URL("README.md", ROOT), "utf8");
  const example = await readFile(new URL("www/embed-example.html", ROOT), "utf8");
  assert.ok(readme.includes("```html\n" + example + "```"), "README.md must show www/embed-example.html as its full example");
  const snippet = '<script type="module" src="dist/orderguard-checkout.js"></script>';
  const demo = await readFile(new URL("www/index.html", ROOT), "utf8");
  assert.ok(readme.includes(snippet) && example.includes(snippet) && demo.includes(snippet));
  // One script tag loads everything: no other executable script on the page.
  assert.equal(example.match(/<script(?![^>]*application\/json)/g).length, 1);
});

test("the embed snippet on a plain page renders all three elements from the JSON configuration", async () => {
  const page = await strict.open("embed-example.html");
  await page.locator("og-address-form >> #og-recipient").waitFor();
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  await page.locator("og-delivery-estimate >> [part=range]").filter({ hasText: /\d/ }).waitFor();
  // The configuration block's methods, origin and return terms are in force.
  const methods = await page.locator("og-delivery-estimate >> label[part~=method]").evaluateAll((ls) => ls.map((l) => l.dataset.method));
  assert.deepEqual(methods, ["air_mail", "express"]);
  const estimate = await page.locator("og-delivery-estimate").evaluate((el) => ({ origin: el.originCountry, zone: el.timeZone, handling: el.handlingDays }));
  assert.deepEqual(estimate, { origin: "CN", zone: "Asia/Shanghai", handling: "1-2" });
  const policy = await page.locator("og-return-policy").evaluate((el) => el.policy);
  assert.equal(policy.market, "RU");
  assert.match(await shadowText(page, "og-return-policy", "[part=summary]"), /30 days/);
  assert.deepEqual(strict.problems, []);
});

test("the buyer's country and postal code drive the delivery estimate and the return policy", async () => {
  const page = await strict.open("embed-example.html");
  const form = page.locator("og-address-form");
  await form.locator("#og-recipient").waitFor();
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  const reported = page.evaluate(() => new Promise((done) => document.addEventListener("og-address-change", (e) => done(e.detail), { once: true })));
  await form.locator("#og-country").selectOption("DE");
  const detail = await reported;
  assert.equal(detail.address.country, "DE");
  assert.ok(["accept", "confirm", "fix"].includes(detail.result.verdict));
  await page.waitForFunction(() => document.querySelector("og-return-policy").policy?.market === "DE");
  assert.equal(await page.locator("og-delivery-estimate").evaluate((el) => el.destinationCountry), "DE");
  assert.match(await shadowText(page, "og-return-policy", "[part=summary]"), /14 days|30 days/);
  // A postal code typed in the form reaches the estimate.
  await form.locator("#og-postalCode").fill("10115");
  await form.locator("#og-postalCode").press("Tab");
  await page.waitForFunction(() => document.querySelector("og-delivery-estimate").postalCode === "10115");
  assert.equal(await page.locator("og-delivery-estimate").evaluate((el) => el.estimate.destination?.country ?? el.destinationCountry), "DE");
  assert.deepEqual(strict.problems, []);
});

test("configure() changes the shared configuration and every element follows", async () => {
  const page = await strict.open("embed-example.html");
  await page.locator("og-delivery-estimate >> [part=range]").filter({ hasText: /\d/ }).waitFor();
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  const config = await page.evaluate(async () => {
    const { configure } = await import("/dist/orderguard-checkout.js");
    return configure({ methods: ["express"], returnTerms: { windowDays: 60 }, locale: "ru" });
  });
  assert.deepEqual(config.methods, ["express"]);
  assert.equal(config.returnTerms.windowDays, 60);
  assert.equal(config.returnTerms.returnShippingPaidBy.changedMind, "seller", "nested terms are merged, not replaced");
  const methods = await page.locator("og-delivery-estimate >> label[part~=method]").evaluateAll((ls) => ls.map((l) => l.dataset.method));
  assert.deepEqual(methods, ["express"]);
  await page.waitForFunction(() => /60/.test(document.querySelector("og-return-policy").shadowRoot.querySelector("[part=summary]")?.textContent));
  assert.match(await shadowText(page, "og-return-policy", "[part=summary]"), /60 дн/);
  assert.equal(await page.locator("og-address-form >> label[for=og-postalCode]").textContent(), "Почтовый индекс");
  // An element's own attribute wins over the shared configuration.
  await page.locator("og-delivery-estimate").evaluate((el) => el.setAttribute("methods", "air_mail express"));
  const own = await page.locator("og-delivery-estimate >> label[part~=method]").evaluateAll((ls) => ls.map((l) => l.dataset.method));
  assert.deepEqual(own, ["air_mail", "express"]);
  assert.deepEqual(strict.problems, []);
});

test("the elements show their frame before the module is ready and never block the page's scripts", async () => {
  const page = await strict.open();
  await page.locator("#engine[data-ready]").waitFor();
  let release;
  const gate = new Promise((done) => (release = done));
  let wasmRequests = 0;
  await page.route("**/orderguard_bg.wasm", async (route) => {
    wasmRequests += 1;
    await gate;
    await route.continue();
  });
  await page.reload({ waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => document.readyState === "complete");
  // The module is still on its way: every element already shows its frame and a live status.
  assert.equal(await shadowText(page, "og-address-form", "[role=status]"), "Loading the address form…");
  assert.equal(await shadowText(page, "og-delivery-estimate", "[part=range]"), "Estimating delivery…");
  assert.equal(await shadowText(page, "og-return-policy", "[part=loading]"), "Loading the return policy…");
  assert.equal(await page.locator("og-address-form >> form").getAttribute("aria-busy"), "true");
  // The page's own script runs meanwhile: its theme switch works.
  await page.locator("#theme-toggle").click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  // The form cannot submit an address nobody checked yet.
  assert.equal(await page.evaluate(() => document.getElementById("checkout-form").checkValidity()), false);
  release();
  await page.locator("og-address-form >> #og-recipient").waitFor();
  await page.locator("og-return-policy >> [part=summary]").waitFor();
  assert.equal(wasmRequests, 1);
  assert.deepEqual(strict.problems, []);
});

test("when the module cannot load, each element says so and the order cannot go out unchecked", async () => {
  // A session of its own: the failed load is logged as a console error, which this test expects.
  const broken = await session();
  try {
    const page = await broken.open();
    await page.route("**/orderguard_bg.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.reload();
    await page.locator("og-address-form >> [role=status][data-verdict=unavailable]").waitFor();
    assert.equal(await shadowText(page, "og-address-form", "[role=status]"), "The address form could not load. Please reload the page.");
    await page.locator("og-delivery-estimate >> [part=range]").filter({ hasText: "could not load" }).waitFor();
    await page.locator("og-return-policy >> [part=error]").waitFor();
    assert.equal(await page.locator("og-address-form >> form").getAttribute("aria-busy"), null);
    assert.equal(await page.evaluate(() => document.getElementById("checkout-form").checkValidity()), false);
    assert.equal(await page.locator("#engine").getAttribute("data-ready"), "error");
    assert.ok(broken.problems.every((p) => /404|orderguard_bg\.wasm|WebAssembly|Failed to load/i.test(p)), broken.problems.join("\n"));
  } finally {
    await broken.close();
  }
});
