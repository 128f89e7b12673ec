// A trap never leaves a page dead. Each test makes the wasm module really trap (an allocation it cannot
// make aborts with `unreachable`) inside one call an element makes, through the runtime's test hook
// (`instance`, whose functions can be stood in for), then checks that the element says so clearly, that
// the order stays blocked while the address cannot be checked, and that the next input is checked by a
// fresh instance (a new copy of the glue, the wasm not fetched again). In the catalog worker, the element
// replaces the worker and the next file is checked; in the orders board's worker too.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { nextEvent, session } from "./harness.mjs";

const golden = new URL("../golden/catalog/", import.meta.url).pathname;
const ordersGolden = new URL("../golden/orders/", import.meta.url).pathname;
const TRAPPED = "Something went wrong while checking; please try again.";

let s;
before(async () => (s = await session()));
after(() => s.close());

/**
 * Runs in the page or a worker: the next call of `name` in the given runtime traps for real, once.
 * Returns nothing; the trapped instance is left for the runtime to replace.
 */
async function trapOnce({ runtime, name }) {
  // The checkout page runs the built entry; the seller page and its worker run the components' sources.
  const runtimes = await import(runtime === "checkoutRuntime" ? "/dist/orderguard-checkout.js" : "/components/runtime.js");
  const live = runtimes[runtime].instance;
  const raw = await live.default(); // the instance's raw wasm exports
  const real = live[name];
  const trap = () => {
    live[name] = real;
    raw.__wbindgen_malloc(0xfffffff0, 8); // more than wasm32 can address: the allocator aborts
  };
  live[name] = /^[A-Z]/.test(name)
    ? class extends real {
        push() {
          trap();
        }
      }
    : trap;
}

/** Opens `path` and records every request for the checkout glue and wasm from the (re)load on. */
async function openCounting(path) {
  const page = await s.open(path);
  // Counted from a fresh navigation: a reload could still see the first load's requests arrive.
  const target = page.url();
  await page.goto("about:blank");
  const requested = [];
  page.on("request", (r) => /\/pkg\/\w+\/orderguard(_bg\.wasm|\.js)/.test(r.url()) && requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto(target);
  return { page, requested };
}

const moscow = { recipient: "Иван Петров", region: "Москва", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "125009" };

test("a trap in the address form says so, keeps the order back, and the next input is checked afresh", async () => {
  const { page, requested } = await openCounting("embed-example.html");
  const form = page.locator("og-address-form");
  await form.locator("#og-recipient").waitFor();
  await page.evaluate(trapOnce, { runtime: "checkoutRuntime", name: "validateAddress" });
  await form.locator("#og-recipient").fill(moscow.recipient);
  const status = form.locator("[part=status][data-verdict=error]");
  await status.waitFor();
  assert.equal(await status.textContent(), TRAPPED);
  assert.equal(await form.evaluate((el) => el.result), null);
  // The order cannot go out unchecked, and the browser tells the buyer why.
  assert.equal(await page.evaluate(() => document.querySelector("form").checkValidity()), false);
  assert.equal(await form.evaluate((el) => el.matches(":invalid")), true);
  // The buyer goes on typing: a fresh instance checks, and a right address can be ordered.
  for (const [field, value] of Object.entries(moscow)) await form.locator(`#og-${field}`).fill(value);
  await form.locator("#og-postalCode").press("Tab");
  await page.waitForFunction(() => document.querySelector("og-address-form").result?.normalized.postalCode === "125009");
  assert.notEqual(await form.locator("[part=status]").getAttribute("data-verdict"), "error");
  if ((await form.evaluate((el) => el.result.verdict)) === "confirm") await form.locator("[part=confirm-button]").click();
  assert.equal(await page.evaluate(() => document.querySelector("form").checkValidity()), true);
  assert.deepEqual(requested.sort(), [
    "/pkg/checkout/orderguard.js",
    "/pkg/checkout/orderguard.js?instance=2",
    "/pkg/checkout/orderguard_bg.wasm",
  ]);
  assert.deepEqual(s.problems, []);
});

test("a trap in the delivery estimate and in the return policy shows the error, and the next change works", async () => {
  const page = await s.open("embed-example.html");
  const estimate = page.locator("og-delivery-estimate");
  const policy = page.locator("og-return-policy");
  await estimate.locator("[part=range]").filter({ hasText: /\d/ }).waitFor();
  await policy.locator("[part=summary]").waitFor();

  await page.evaluate(trapOnce, { runtime: "checkoutRuntime", name: "estimateDelivery" });
  await estimate.evaluate((el) => (el.destinationCountry = "BY"));
  assert.equal(await estimate.locator("[part=error]").textContent(), TRAPPED);
  await estimate.locator("[part=range]").waitFor({ state: "hidden" });
  await estimate.evaluate((el) => (el.destinationCountry = "KZ"));
  await estimate.locator("[part=range]").filter({ hasText: /\d/ }).waitFor();
  assert.equal(await estimate.locator("[part=error]").isHidden(), true);
  assert.equal(await estimate.evaluate((el) => el.estimate.destination?.country ?? el.destinationCountry), "KZ");

  await page.evaluate(trapOnce, { runtime: "checkoutRuntime", name: "returnPolicy" });
  await policy.evaluate((el) => (el.market = "DE"));
  await policy.locator("[part=error]").filter({ hasText: TRAPPED }).waitFor();
  assert.equal(await policy.evaluate((el) => el.policy), null);
  await policy.evaluate((el) => (el.market = "FR"));
  await page.waitForFunction(() => document.querySelector("og-return-policy").policy?.market === "FR");
  await policy.locator("[part=summary]").waitFor();
  assert.deepEqual(s.problems, []);
});

test("a trap in the listing checker is reported in the seller's language, and the next edit is checked", async () => {
  const page = await s.open("seller.html");
  await page.locator("#engine[data-ready='true']").waitFor();
  const checker = page.locator("og-listing-check");
  await checker.locator(".gauge[data-score]").waitFor();
  await page.getByRole("button", { name: "Русский" }).click();
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.findings[0].message === "У товара нет названия.");
  await page.evaluate(trapOnce, { runtime: "sellerRuntime", name: "checkListing" });
  const reported = await nextEvent(checker, "og-listing-change");
  await checker.locator("input[name='title']").fill("Льняное платье");
  const detail = await reported.evaluate(({ promise }) => promise.then(({ report, error }) => ({ report, code: error?.code, field: error?.field })));
  assert.deepEqual(detail, { report: null, code: "internal_error", field: "" });
  assert.equal(await checker.locator("[part=status]").textContent(), "Во время проверки что-то пошло не так; попробуйте ещё раз.");
  await checker.locator("input[name='title']").fill("ЛЬНЯНОЕ ПЛАТЬЕ");
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.findings.some((f) => f.code === "title_all_caps"));
  assert.equal(await checker.locator("[part=status]").textContent(), "");
  assert.deepEqual(s.problems, []);
});

test("a trap in the catalog worker is reported, the worker is replaced, and the next file is checked", async () => {
  const page = await s.open("seller.html");
  const element = page.locator("og-catalog-check");
  const workers = [];
  page.on("worker", (worker) => workers.push({ worker, closed: new Promise((done) => worker.on("close", done)) }));
  const input = element.locator("input[type=file]");
  const check = async (name) => {
    const change = await nextEvent(element, "og-catalog-change");
    await input.setInputFiles(join(golden, name));
    return change.evaluate(({ promise }) => promise.then(({ report, error }) => ({ rows: report?.rows, code: error?.code, field: error?.field })));
  };

  assert.equal((await check("apparel.csv")).rows, 22);
  assert.equal(workers.length, 1);
  await workers[0].worker.evaluate(trapOnce, { runtime: "sellerRuntime", name: "CatalogChecker" });

  assert.deepEqual(await check("jewelery.csv"), { rows: undefined, code: "internal_error", field: "" });
  assert.equal(await element.locator(".status.error").textContent(), `The file could not be checked: ${TRAPPED}`);
  assert.equal(await element.locator("tbody tr").count(), 0);
  await workers[0].closed; // the trapped worker is terminated

  assert.ok((await check("home-and-garden.csv")).rows > 0);
  assert.equal(workers.length, 2, "a new worker checked the next file");
  await element.locator("tbody tr").nth(19).waitFor(); // the rows come from the worker after the report
  assert.equal(await element.locator("tbody tr").count(), 20);
  assert.deepEqual(s.problems, []);
});

/**
 * The orders board at 10:00 on 1 December 2026 in Shanghai, the workers it starts, and `check(name)`:
 * an orders fixture chosen and its outcome once the board has drawn it.
 */
async function ordersBoard() {
  const page = await s.open("orders.html");
  const element = page.locator("og-orders-board");
  await element.evaluate((node) => (node.now = "2026-12-01T10:00:00+08:00"));
  const workers = [];
  page.on("worker", (worker) => workers.push({ worker, closed: new Promise((done) => worker.on("close", done)) }));
  const check = async (name) => {
    const change = await nextEvent(element, "og-orders-change");
    await element.locator("input[type=file]").setInputFiles(join(ordersGolden, name));
    return change.evaluate(({ promise }) => promise.then(({ report, error }) => ({ orders: report?.summary.orders, code: error?.code, field: error?.field })));
  };
  return { element, workers, check };
}

test("a trap in the orders worker is reported, the worker is replaced, and the next export is checked", async () => {
  const { element, workers, check } = await ordersBoard();

  assert.equal((await check("ozon-fbs-utf8-bom.csv")).orders, 9);
  assert.equal(workers.length, 1);
  await workers[0].worker.evaluate(trapOnce, { runtime: "ordersRuntime", name: "OrdersChecker" });

  assert.deepEqual(await check("shopify-orders.csv"), { orders: undefined, code: "internal_error", field: "" });
  assert.equal(await element.locator(".status.error").textContent(), `The file could not be checked: ${TRAPPED}`);
  assert.equal(await element.locator("section.board").isHidden(), true);
  await workers[0].closed; // the trapped worker is terminated

  assert.equal((await check("ozon-fbs-utf8-bom.csv")).orders, 9);
  assert.equal(workers.length, 2, "a new worker checked the next file");
  assert.equal(await element.locator("tbody tr").count(), 9);
  assert.deepEqual(s.problems, []);
});

test("a trap while the orders worker sorts the table is reported, and the worker is replaced", async () => {
  const { element, workers, check } = await ordersBoard();
  assert.equal((await check("ozon-fbs-utf8-bom.csv")).orders, 9);
  // The report's next `order` (the table's filter and sort) traps for real, once.
  await workers[0].worker.evaluate(async () => {
    const { ordersRuntime } = await import("/components/runtime.js");
    const live = ordersRuntime.instance;
    const raw = await live.default();
    const methods = live.OrdersReport.prototype;
    const real = methods.order;
    methods.order = function () {
      methods.order = real;
      raw.__wbindgen_malloc(0xfffffff0, 8);
    };
  });
  const failed = await nextEvent(element, "og-orders-change");
  await element.locator("th button[data-sort=order]").click();
  const detail = await failed.evaluate(({ promise }) => promise.then(({ report, error }) => ({ report, code: error?.code })));
  assert.deepEqual(detail, { report: null, code: "internal_error" });
  assert.equal(await element.locator(".status.error").textContent(), `The file could not be checked: ${TRAPPED}`);
  assert.equal(await element.locator("section.board").isHidden(), true);
  await workers[0].closed;

  assert.equal((await check("ozon-rfbs-cp1251.csv")).orders, 4);
  assert.equal(workers.length, 2, "a new worker answers the table");
  assert.equal(await element.locator("tbody tr").count(), 4);
  assert.deepEqual(s.problems, []);
});
