// <og-address-form> on the checkout demo page: live validation beside each field, the confirm step, and
// the surrounding form's validity.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

let s;
before(async () => (s = await session()));
after(() => s.close());

/** Opens the demo, fills the address form and waits for the validation of what was typed. */
async function fill(address, options) {
  const page = await s.open("", options);
  const form = page.locator("og-address-form");
  await form.locator("#og-recipient").waitFor();
  await page.evaluate(() => {
    window.changes = [];
    document.querySelector("og-address-form").addEventListener("change", (e) => window.changes.push(e.detail));
  });
  for (const [field, value] of Object.entries(address)) {
    await form.locator(`#og-${field}`).fill(value);
  }
  // Validation is debounced: wait for a result that has seen every field typed.
  await page.waitForFunction(
    (fields) => {
      const normalized = window.changes.at(-1)?.result.normalized;
      return normalized && fields.every((f) => normalized[f] !== null);
    },
    Object.keys(address),
  );
  return { page, form };
}

const kamchatka = {
  recipient: "Иван Петров",
  addressLine1: "ул. Ленинская, 14",
  city: "Петропавловск-Камчатский",
  region: "Камчатский край",
  postalCode: "683000",
};

test("a postal code of another region is reported beside the postal code and blocks the order", async () => {
  const { page, form } = await fill({ ...kamchatka, postalCode: "125009" });
  const message = form.locator("#og-postalCode-message");
  assert.match(await message.textContent(), /125009.*Москва/);
  assert.equal(await form.locator("#og-postalCode").getAttribute("aria-invalid"), "true");
  assert.equal(await form.locator("#og-postalCode").getAttribute("aria-describedby"), "og-postalCode-message");
  assert.equal(await form.locator("#og-region-message").textContent(), "");
  assert.equal(await page.evaluate(() => window.changes.at(-1).result.verdict), "fix");
  assert.equal(await page.evaluate(() => document.getElementById("checkout-form").checkValidity()), false);
  await page.locator("#place-order").click();
  assert.equal(await page.locator("#order-status").textContent(), "");
  assert.deepEqual(s.problems, []);
});

test("a remote address shows the label and asks the buyer to confirm before the order", async () => {
  const { page, form } = await fill(kamchatka);
  assert.equal(await page.evaluate(() => window.changes.at(-1).result.verdict), "confirm");
  assert.match(await form.locator("#og-region-message").textContent(), /remote area/);
  const label = await form.locator(".label-lines").textContent();
  assert.deepEqual(label.split("\n"), ["Иван Петров", "УЛ. ЛЕНИНСКАЯ, 14", "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ", "Камчатский край", "683000", "RUSSIAN FEDERATION"]);
  assert.equal(await page.evaluate(() => document.getElementById("checkout-form").checkValidity()), false);
  await form.getByRole("button", { name: "Yes, this address is correct" }).click();
  assert.equal(await page.evaluate(() => window.changes.at(-1).confirmed), true);
  assert.equal(await page.evaluate(() => document.getElementById("checkout-form").checkValidity()), true);
  await page.locator("#place-order").click();
  assert.equal(await page.locator("#order-status").textContent(), "Order placed.");
  assert.deepEqual(s.problems, []);
});

test("a clean address is accepted without a confirmation click", async () => {
  const { page, form } = await fill({
    recipient: "Иван Петров",
    addressLine1: "ул. Тверская, д. 7",
    city: "Москва",
    region: "г. москва",
    postalCode: "125009",
    phone: "+7 916 123-45-67",
  });
  const detail = await page.evaluate(() => window.changes.at(-1));
  assert.equal(detail.result.verdict, "accept");
  assert.equal(detail.result.regionCode, "RU-MOW");
  assert.equal(detail.result.normalized.phone, "+79161234567");
  assert.equal(await form.getByRole("button", { name: "Yes, this address is correct" }).isHidden(), true);
  assert.equal(await form.getByRole("status").textContent(), "The address looks right.");
  assert.equal(await page.evaluate(() => document.getElementById("checkout-form").checkValidity()), true);
  assert.deepEqual(s.problems, []);
});

test("fields follow the chosen country's order and the page's language", async () => {
  const page = await s.open("");
  await page.evaluate(() => document.documentElement.setAttribute("lang", "ru"));
  const form = page.locator("og-address-form");
  await form.locator("#og-recipient").waitFor();
  await form.locator("#og-country").selectOption("DE");
  await form.locator("#og-postalCode").waitFor();
  const order = await form.locator("input").evaluateAll((inputs) => inputs.map((i) => i.name));
  assert.deepEqual(order, ["recipient", "organization", "addressLine1", "addressLine2", "postalCode", "city", "phone"]);
  assert.equal(await form.locator("label[for=og-postalCode]").textContent(), "Почтовый индекс");
  assert.deepEqual(s.problems, []);
});

test("a country whose regions come in a file of their own fetches it once and checks the state against the ZIP", async () => {
  const page = await s.open("");
  const regionFiles = [];
  page.on("request", (r) => r.url().includes("/regions/") && regionFiles.push(new URL(r.url()).pathname));
  const form = page.locator("og-address-form");
  await form.locator("#og-recipient").waitFor();
  // The six main markets need no file.
  await form.locator("#og-postalCode").fill("125009");
  await page.waitForTimeout(400);
  assert.deepEqual(regionFiles, []);
  await page.evaluate(() => {
    window.changes = [];
    document.querySelector("og-address-form").addEventListener("change", (e) => window.changes.push(e.detail));
  });
  await form.locator("#og-country").selectOption("US");
  await form.locator("#og-addressLine1").waitFor();
  // Apple Park's ZIP with Nevada as the state: wrong once Nevada's ZIP prefixes are known.
  for (const [field, value] of Object.entries({ recipient: "Alex Kim", addressLine1: "1 Apple Park Way", city: "Cupertino", region: "Nevada", postalCode: "95014" })) {
    await form.locator(`#og-${field}`).fill(value);
  }
  await page.waitForFunction(() => window.changes.at(-1)?.result.issues.some((i) => i.code === "postal_code_region_mismatch"));
  assert.match(await form.locator("#og-postalCode-message").textContent(), /95014/);
  await form.locator("#og-region").fill("CA");
  await page.waitForFunction(() => window.changes.at(-1)?.result.regionCode === "US-CA");
  assert.equal(await page.evaluate(() => window.changes.at(-1).result.verdict), "accept");
  // A misspelt state is reported where the buyer typed it.
  await form.locator("#og-region").fill("Californa");
  await page.waitForFunction(() => window.changes.at(-1)?.result.issues.some((i) => i.code === "unknown_region"));
  assert.deepEqual(regionFiles, ["/pkg/checkout/regions/US.tsv"]);
  assert.deepEqual(s.problems, []);
});

/** Opens the demo with the files the address form fetches recorded and its changes collected. */
async function watchedForm() {
  const page = await s.open("");
  const files = [];
  page.on("request", (r) => r.url().endsWith(".tsv") && files.push(new URL(r.url()).pathname));
  const form = page.locator("og-address-form");
  await form.locator("#og-recipient").waitFor();
  await page.evaluate(() => {
    window.changes = [];
    document.querySelector("og-address-form").addEventListener("change", (e) => window.changes.push(e.detail));
  });
  return { page, form, files };
}

test("a Chinese address fetches China's file once and has its city and district checked against the province", async () => {
  const { page, form, files } = await watchedForm();
  await form.locator("#og-country").selectOption("CN");
  await form.locator("#og-district").waitFor();
  // Hangzhou is Zhejiang's city, not Guangdong's; Guangdong's postal codes start 51-52.
  const address = { recipient: "王芳", region: "广东省", city: "杭州市", district: "西湖区", addressLine1: "文三路90号", postalCode: "510000" };
  for (const [field, value] of Object.entries(address)) await form.locator(`#og-${field}`).fill(value);
  await page.waitForFunction(() => {
    const result = window.changes.at(-1)?.result;
    return result?.normalized.postalCode && result.issues.some((i) => i.code === "unknown_city");
  });
  const last = await page.evaluate(() => window.changes.at(-1).result);
  assert.equal(last.verdict, "confirm", JSON.stringify(last.issues));
  assert.deepEqual(last.issues.map((i) => [i.code, i.field]), [["unknown_city", "city"], ["unknown_district", "district"]]);
  assert.match(await form.locator("#og-city-message").textContent(), /杭州市/);
  // Guangzhou's Tianhe is right: nothing to say.
  await form.locator("#og-city").fill("广州");
  await form.locator("#og-district").fill("天河区");
  await page.waitForFunction(() => window.changes.at(-1)?.result.verdict === "accept");
  assert.deepEqual(files, ["/pkg/checkout/regions/CN.tsv"], "China's file once; its phone plan is in the package");
  assert.deepEqual(s.problems, []);
});

test("a landline is taken with a word about SMS, and a country outside the six is checked by its numbering plan", async () => {
  const { page, form, files } = await watchedForm();
  // A Moscow office number: the courier can call it, the SMS will not reach it; the order may go.
  for (const [field, value] of Object.entries({ ...kamchatka, region: "Москва", city: "Москва", postalCode: "125009", phone: "+7 495 123-45-67" })) {
    await form.locator(`#og-${field}`).fill(value);
  }
  await page.waitForFunction(() => window.changes.at(-1)?.result.issues.some((i) => i.code === "landline_phone"));
  assert.equal(await page.evaluate(() => window.changes.at(-1).result.normalized.phone), "+74951234567");
  assert.notEqual(await page.evaluate(() => window.changes.at(-1).result.verdict), "fix");
  assert.deepEqual(files, [], "the six markets' plans are in the package");
  // Apple Park's switchboard in national form is a US number; a number with a 1 for area code is none.
  await form.locator("#og-country").selectOption("US");
  await form.locator("#og-phone").waitFor();
  for (const [field, value] of Object.entries({ recipient: "Alex Kim", addressLine1: "1 Apple Park Way", city: "Cupertino", region: "CA", postalCode: "95014", phone: "(408) 996-1010" })) {
    await form.locator(`#og-${field}`).fill(value);
  }
  await page.waitForFunction(() => window.changes.at(-1)?.result.normalized.phone === "+14089961010");
  await form.locator("#og-phone").fill("(108) 996-1010");
  await page.waitForFunction(() => window.changes.at(-1)?.result.issues.some((i) => i.code === "invalid_phone"));
  assert.deepEqual(files.sort(), ["/pkg/checkout/phones.tsv", "/pkg/checkout/regions/US.tsv"]);
  assert.deepEqual(s.problems, []);
});
