// Every export of both wasm packages, called from JS with wrong types, null, undefined, missing and
// extra fields, 10 MB strings, lone surrogates, NaN and Infinity, either returns or throws an `Error`
// with a message; it never traps, and the module keeps working afterwards.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { session } from "./harness.mjs";

let s;
before(async () => (s = await session()));
after(() => s.close());

// Runs in the page: calls each export with each bad value in each argument position, then a canary.
async function hammer({ pkg, canary }) {
  const og = await import(`/pkg/${pkg}/orderguard.js`);
  await og.default({ module_or_path: `/pkg/${pkg}/orderguard_bg.wasm` });
  const huge = "x".repeat(10 * 1024 * 1024);
  const scalars = [undefined, null, 0, -1, 1e308, NaN, Infinity, -Infinity, true, "", "\uD800", "\uDFFF x \uD800", 12n, [], {}, [1, "a"], () => 1];
  const fields = ["country", "region", "city", "postalCode", "addressLine1", "phone", "title", "description",
    "price", "oldPrice", "images", "attributes", "market", "deliveredOn", "category", "seller", "orderedAt",
    "origin", "destination", "method", "delivery", "transitDays", "locale", "format", "encoding", "mapping"];
  const objects = [
    Object.fromEntries(fields.map((f) => [f, 5])),
    Object.fromEntries(fields.map((f) => [f, null])),
    Object.fromEntries(fields.map((f) => [f, { nested: [NaN] }])),
    Object.fromEntries(fields.map((f) => [f, "\uD800"])),
    Object.fromEntries(fields.map((f) => [f, huge])),
    { extraField: 1, country: "RU", market: "RU" },
  ];
  const bads = [...scalars, ...objects, huge];
  const exports = Object.entries(og).filter(([name, value]) => typeof value === "function" && !["default", "initSync"].includes(name));
  const failures = [];
  let calls = 0;
  const check = (name, args) => {
    calls++;
    try {
      const isClass = /^[A-Z]/.test(name);
      const result = isClass ? new og[name](...args) : og[name](...args);
      if (isClass) {
        for (const method of ["push", "finish"]) {
          if (typeof result[method] === "function") {
            try { result[method](...args); } catch (e) { if (!(e instanceof Error) || !e.message || e instanceof WebAssembly.RuntimeError) throw e; }
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError || !e.message) {
        failures.push(`${name}(${args.map((a) => typeof a).join(", ")}): threw ${String(e).slice(0, 200)}`);
      }
    }
    try {
      og[canary.name](...canary.args);
    } catch (e) {
      failures.push(`after ${name}: the module stopped working: ${String(e).slice(0, 200)}`);
    }
  };
  for (const [name, fn] of exports) {
    const arity = Math.max(fn.length, 1);
    for (const bad of bads) {
      for (let position = 0; position < arity; position++) {
        const args = Array.from({ length: arity }, (_, i) => (i === position ? bad : undefined));
        check(name, args);
      }
      check(name, Array.from({ length: arity }, () => bad));
    }
  }
  return { exports: exports.map(([n]) => n), calls, failures };
}

for (const [pkg, canary] of [
  ["checkout", { name: "validateAddress", args: [{ country: "RU", postalCode: "125009" }] }],
  ["seller", { name: "checkListing", args: [{ title: "T-shirt" }] }],
]) {
  test(`every ${pkg} export survives bad input from JS and keeps working`, async () => {
    const page = await s.open();
    const { exports, calls, failures } = await page.evaluate(hammer, { pkg, canary });
    assert.ok(exports.includes(canary.name), `exports: ${exports}`);
    assert.ok(calls > 20, `${calls} calls`);
    assert.deepEqual(failures, []);
    assert.deepEqual(s.problems, []);
  });
}
