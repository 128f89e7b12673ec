// The seller page's listing checker as a seller uses it: type or paste a listing, watch the score and the
// findings change, switch the language, follow a finding to its field.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

const COMPLETE = {
  title: "Women's linen summer dress, midi length",
  category: "Одежда",
  price: 2990,
  oldPrice: 3490,
  currency: "RUB",
  description:
    "A midi dress of washed linen with a relaxed fit, short sleeves and two side pockets. The fabric is soft " +
    "from the first wear and breathes in hot weather. Model is 170 cm tall and wears size 44. Measure your chest " +
    "at its fullest point and your waist at its narrowest; the size chart has every size. Buttons down the front.",
  images: [
    { url: "https://img.example/1.jpg", width: 1200, height: 1600 },
    { url: "https://img.example/2.jpg", width: 1200, height: 1600 },
    "https://img.example/3.jpg",
  ],
  video: "https://img.example/v.mp4",
  attributes: {
    color: "blue", sizes: [42, 44, 46], sizeChart: "42: chest 84 cm; 44: chest 88 cm", material: "100% linen",
    care: "machine wash 30 °C", gender: "women", neckline: "V",
  },
  shipping: "From Guangzhou by air, 12-20 days",
  returns: "30 days, free return to a pickup point",
};

let s;
before(async () => (s = await session()));
after(() => s.close());

async function openChecker() {
  const page = await s.open("seller.html");
  await page.locator("#engine[data-ready='true']").waitFor();
  const checker = page.locator("og-listing-check");
  await checker.locator(".gauge[data-score]").waitFor();
  return { page, checker };
}

const score = async (checker) => Number(await checker.locator(".gauge").getAttribute("data-score"));
const codes = async (checker, severity) =>
  checker.locator(`section[data-severity='${severity}'] li`).evaluateAll((items) => items.map((li) => li.dataset.code));

test("an empty form scores low and lists what is missing, errors first, each with a hint", async () => {
  const { checker } = await openChecker();
  assert.ok((await score(checker)) < 20);
  assert.match(await checker.locator(".level").textContent(), /Low/);
  const errors = await codes(checker, "error");
  assert.deepEqual(errors.slice(0, 3), ["missing_title", "missing_price", "missing_main_image"]);
  const groups = await checker.locator("section[data-severity]").evaluateAll((s) => s.map((x) => x.dataset.severity));
  assert.deepEqual(groups, ["error", "warning", "info"]);
  assert.ok((await checker.locator("li .hint").count()) >= errors.length);
  assert.deepEqual(s.problems, []);
});

test("the score follows the seller's typing and a pasted complete listing scores high", async () => {
  const { page, checker } = await openChecker();
  const before = await score(checker);
  await checker.locator("input[name='title']").fill("BEST LINEN DRESS EVER");
  await page.waitForFunction(
    () => document.querySelector("og-listing-check").report?.findings.some((f) => f.code === "title_all_caps"),
  );
  assert.deepEqual((await codes(checker, "warning")).slice(0, 2), ["title_all_caps", "exaggerated_claim"]);
  assert.ok(!(await codes(checker, "error")).includes("missing_title"));
  const shouting = await score(checker);
  assert.ok(shouting >= before, "a title removes an error, whatever warnings it adds");
  await checker.locator("input[name='title']").fill("Linen summer dress");
  await page.waitForFunction(
    () => !document.querySelector("og-listing-check").report?.findings.some((f) => f.code === "title_all_caps"),
  );
  assert.ok((await score(checker)) > shouting, "fixing the title's warnings raises the score");

  await checker.locator("details summary").click();
  await checker.locator("#paste").fill(JSON.stringify(COMPLETE));
  await checker.locator("button.fill").click();
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.score >= 80);
  assert.equal(await score(checker), 100);
  assert.match(await checker.locator(".checked-as").textContent(), /apparel/);
  assert.equal(await checker.locator("input[name='attributes.sizes']").inputValue(), "42, 44, 46");
  assert.deepEqual(await page.evaluate(() => document.querySelector("og-listing-check").listing.attributes.neckline), "V");

  await checker.locator("input[name='oldPrice']").fill("3000");
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.score < 100);
  assert.deepEqual(await codes(checker, "error"), ["discount_too_small"]);
  assert.equal(await checker.locator("input[name='oldPrice']").getAttribute("aria-invalid"), "true");
  await checker.locator("select#profile").selectOption("generic");
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.profile === "generic");
  assert.equal(await score(checker), 100);
  assert.deepEqual(s.problems, []);
});

test("the language switch turns the page and every finding into Russian and Chinese", async () => {
  const { page, checker } = await openChecker();
  await page.getByRole("button", { name: "Русский" }).click();
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.findings[0].message === "У товара нет названия.");
  assert.equal(await page.locator("h1").textContent(), "Проверка карточек товаров");
  assert.match(await checker.locator("label[for='f-title']").textContent(), /Название/);
  assert.match(await checker.locator("section[data-severity='error'] h3").textContent(), /Ошибки/);
  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.findings[0].message === "商品没有标题。");
  assert.equal(await page.getByRole("button", { name: "中文" }).getAttribute("aria-pressed"), "true");
  assert.deepEqual(s.problems, []);
});

test("markup typed by a seller is shown as text and never run", async () => {
  const { page, checker } = await openChecker();
  const evil = `<img src=x onerror="window.__ran=1">`;
  await checker.locator("input[name='category']").fill(evil);
  await page.waitForFunction(() => document.querySelector("og-listing-check").report?.findings.some((f) => f.code === "unknown_category"));
  const item = checker.locator("li[data-code='unknown_category'] button");
  assert.match(await item.textContent(), /<img src=x/);
  assert.equal(await checker.locator("li img").count(), 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.deepEqual(s.problems, []);
});

test("a finding leads to its field, and a number the checker cannot read is flagged at the field", async () => {
  const { page, checker } = await openChecker();
  await checker.locator("li[data-code='missing_price'] button").click();
  assert.equal(await page.evaluate(() => document.querySelector("og-listing-check").shadowRoot.activeElement?.name), "price");
  await checker.locator("textarea[name='attributes.other']").fill("{not json");
  await page.waitForFunction(() => document.querySelector("og-listing-check").shadowRoot.querySelector("#f-attributes-other-note").textContent !== "");
  assert.match(await checker.locator("#f-attributes-other-note").textContent(), /JSON/);
  assert.deepEqual(s.problems, []);
});
