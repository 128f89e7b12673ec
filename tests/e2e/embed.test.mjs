// The checkout page as a storefront embeds it: under a strict Content-Security-Policy, the wasm module
// fetched and instantiated once per page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

let strict;
before(async () => (strict = await session({ csp: true })));
after(() => strict.close());

test("the checkout works under a strict Content-Security-Policy", async () => {
  const page = await strict.open();
  const violations = [];
  page.on("console", (msg) => /Content.Security.Policy|CSP/i.test(msg.text()) && violations.push(msg.text()));
  await page.reload();
  await page.locator("#engine[data-ready]").waitFor();
  assert.equal(await page.locator("#engine").getAttribute("data-ready"), "true");
  const header = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
  assert.match(header, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.deepEqual(violations, []);
  assert.deepEqual(strict.problems, []);
});

test("the wasm module is fetched once per page", async () => {
  const page = await strict.open();
  const fetched = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && fetched.push(r.url()));
  await page.reload();
  await page.locator("#engine[data-ready]").waitFor();
  await page.waitForLoadState("networkidle");
  assert.equal(fetched.length, 1, fetched.join("\n"));
});
