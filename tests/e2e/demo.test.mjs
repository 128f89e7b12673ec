// The demo checkout page loads the optimized wasm build and runs it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

let s;
before(async () => (s = await session()));
after(() => s.close());

test("the checkout page loads the optimized module and validates an address", async () => {
  const page = await s.open();
  const status = page.locator("#engine");
  await status.and(page.locator("[data-ready]")).waitFor();
  assert.equal(await status.getAttribute("data-ready"), "true", await status.textContent());
  assert.match(await status.textContent(), /"accept"/);
  assert.deepEqual(s.problems, []);
});

test("the seller page loads the seller package", async () => {
  const page = await s.open("seller.html");
  const status = page.locator("#engine[data-ready]");
  await status.waitFor();
  assert.equal(await status.getAttribute("data-ready"), "true", await status.textContent());
  assert.deepEqual(s.problems, []);
});
