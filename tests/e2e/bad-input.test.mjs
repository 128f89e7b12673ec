// Every export of the three wasm packages, called from JS with wrong types, null, undefined, missing and
// extra fields, 10 MB strings, lone surrogates, NaN and Infinity, values nested 10,000 levels deep,
// cyclic objects, getters that throw, typed arrays and Symbols, either returns or throws an `Error` with a
// message; it never traps, and the module keeps working afterwards. The streaming `CatalogChecker` and
// `OrdersChecker` get the same bad values as chunks, and is used after it finished or was freed. Near-valid values too: a
// valid call of every export with one character inserted, replaced or removed at every position of every
// string in it, each followed by the valid call, which must still give the same result.
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
  const nest = (depth, wrap) => {
    let value = "x";
    for (let i = 0; i < depth; i++) value = wrap(value);
    return value;
  };
  const deepObject = nest(10_000, (v) => ({ a: v }));
  const deepArray = nest(10_000, (v) => [v]);
  const cyclic = { country: "RU", market: "RU", title: "T" };
  cyclic.self = cyclic;
  cyclic.city = cyclic;
  cyclic.origin = cyclic;
  cyclic.seller = cyclic;
  cyclic.images = [cyclic];
  const cyclicArray = [];
  cyclicArray.push(cyclicArray);
  const throwing = {};
  for (const f of fields) {
    Object.defineProperty(throwing, f, { enumerable: true, get() { throw new Error(`reading ${f} fails`); } });
  }
  const throwingProxy = new Proxy({}, {
    get() { throw new Error("proxy get fails"); },
    ownKeys() { throw new Error("proxy keys fail"); },
    has() { throw new Error("proxy has fails"); },
  });
  const structural = [
    deepObject, deepArray,
    Object.fromEntries(fields.map((f) => [f, deepObject])),
    Object.fromEntries(fields.map((f) => [f, deepArray])),
    cyclic, cyclicArray, throwing, throwingProxy,
    new Uint8Array([0xff, 0xfe, 0, 0x22]), new Float64Array([NaN, -0]), new BigInt64Array(2), new ArrayBuffer(3),
    new DataView(new ArrayBuffer(2)),
    Symbol("bad"), Object.fromEntries(fields.map((f) => [f, Symbol(f)])),
    { [Symbol("key")]: 1, country: "RU" },
    new Date(NaN), /x/g, new Map([["country", "RU"]]), new Set([1]), Object.create(null),
  ];
  const bads = [...scalars, ...objects, ...structural, huge];
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
  // The streaming checker: bad chunks between good ones, then use after finish and after free.
  if (og.CatalogChecker) {
    const good = new TextEncoder().encode("title,price\nCotton shirt,10\n");
    const expect = (what, call) => {
      calls++;
      try {
        call();
      } catch (e) {
        if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError || !e.message) {
          failures.push(`CatalogChecker ${what}: threw ${String(e).slice(0, 200)}`);
        }
      }
    };
    for (const bad of bads) {
      const checker = new og.CatalogChecker({ totalBytes: 100 });
      expect("push(good)", () => checker.push(good));
      expect(`push(${typeof bad})`, () => checker.push(bad));
      expect("push(good) after a bad chunk", () => checker.push(good));
      expect("finish()", () => checker.finish().free());
      expect("push after finish", () => checker.push(good));
      expect("finish twice", () => checker.finish());
      void checker.progress;
      checker.free();
      expect("push after free", () => checker.push(good));
      expect("finish after free", () => checker.finish());
    }
    const checker = new og.CatalogChecker({});
    checker.push(good);
    const report = checker.finish();
    if (report.listingCount !== 1) failures.push(`a fresh CatalogChecker read ${report.listingCount} listings`);
    // The report it gives: every method with bad arguments, then used after free.
    const methods = ["listings", "listingsAt", "rowErrors", "order", "csv", "notes", "toJSON"];
    for (const bad of bads) {
      for (const method of methods) expect(`CatalogReport.${method}(${typeof bad})`, () => report[method](bad, bad, bad));
    }
    if (report.listings(0, 1)[0]?.title !== "Cotton shirt") failures.push("the report no longer reads after bad calls");
    report.free();
    for (const method of methods) expect(`CatalogReport.${method} after free`, () => report[method]());
  }
  if (og.OrdersChecker) {
    const options = { now: "2026-12-01T10:00:00+08:00", seller: { country: "CN", timeZone: "Asia/Shanghai" }, totalBytes: 100 };
    const good = new TextEncoder().encode("Номер заказа;Статус\nA-1;Ожидает сборки\n");
    const expect = (what, call) => {
      calls++;
      try {
        call();
      } catch (e) {
        if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError || !e.message) {
          failures.push(`OrdersChecker ${what}: threw ${String(e).slice(0, 200)}`);
        }
      }
    };
    for (const bad of bads) {
      const checker = new og.OrdersChecker(options);
      expect("push(good)", () => checker.push(good));
      expect(`push(${typeof bad})`, () => checker.push(bad));
      expect("finish()", () => checker.finish().free());
      expect("push after finish", () => checker.push(good));
      expect("finish twice", () => checker.finish());
      void checker.progress;
      checker.free();
      expect("push after free", () => checker.push(good));
    }
    const checker = new og.OrdersChecker(options);
    checker.push(good);
    const report = checker.finish();
    if (report.orderCount !== 1) failures.push(`a fresh OrdersChecker read ${report.orderCount} orders`);
    // The report it gives: every method with bad arguments, then used after free.
    const methods = ["orders", "ordersAt", "rowErrors", "order", "actionsCsv", "openDeadlines", "toJSON"];
    for (const bad of bads) {
      for (const method of methods) expect(`OrdersReport.${method}(${typeof bad})`, () => report[method](bad, bad));
    }
    if (report.orders(0, 1)[0]?.id !== "A-1") failures.push("the orders report no longer reads after bad calls");
    report.free();
    for (const method of methods) expect(`OrdersReport.${method} after free`, () => report[method]());
  }
  return { exports: exports.map(([n]) => n), calls, failures };
}

for (const [pkg, canary] of [
  ["checkout", { name: "validateAddress", args: [{ country: "RU", postalCode: "125009" }] }],
  ["seller", { name: "checkListing", args: [{ title: "T-shirt" }] }],
  ["orders", { name: "checkTrackingNumber", args: ["RB123456785GB"] }],
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

// Valid arguments of every export. `CatalogChecker` is [options, chunk]: constructed, fed, finished.
const VALID = {
  checkout: {
    validateAddress: [
      { country: "RU", region: "Москва", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "125009", recipient: "Иван Петров", phone: "+7 912 345-67-89" },
      { locale: "ru" },
    ],
    addressForm: ["RU"],
    estimateDelivery: [
      {
        orderedAt: "2026-11-20T14:05:00+03:00",
        origin: { country: "CN", timeZone: "Asia/Shanghai", cutoff: "18:00", handlingDays: { min: 1, max: 2 } },
        destination: { country: "RU", postalCode: "125009", region: "Москва" },
        method: "air_express",
        delivery: "pickup_point",
      },
      { locale: "zh" },
    ],
    delayNotices: [
      { now: "2027-01-25T10:00:00+08:00", origin: { country: "CN", timeZone: "Asia/Shanghai", handlingDays: 2 }, destination: { country: "RU" }, daysAhead: 30 },
      { locale: "ru" },
    ],
    // A region file of one line (the page's own files are longer).
    loadAddressRegions: ["IT", "IT-RM\tRM\tRoma\tRoma\t00\n"],
    // A numbering file of one line (the page's own has 239).
    loadPhonePlans: ["FR\t33\t0\t[1-9]\\d{8}\n"],
    isWorkingDay: ["RU", "2026-11-04"],
    addWorkingDays: ["CN", "2026-09-30", 5],
    returnPolicy: [
      {
        market: "DE",
        deliveredOn: "2026-12-03",
        category: "apparel",
        termsGivenInWriting: true,
        seller: { windowDays: 30, returnShippingPaidBy: { changedMind: "seller" }, returnPoints: ["Ozon, Tverskaya 1"] },
        locale: "de",
      },
    ],
  },
  seller: {
    checkListing: [
      {
        title: "Льняное платье миди",
        category: "apparel",
        price: 2990,
        oldPrice: 3490,
        currency: "RUB",
        description: "Платье из льна, свободный крой, два кармана.",
        images: ["https://img.example/1.jpg", { url: "https://img.example/2.jpg", width: 1200, height: 1600 }],
        attributes: { sizes: ["42", "44"], material: "лён", color: "синий" },
      },
      { locale: "ru", profile: "ozon" },
    ],
    checkCatalog: ["title,price,images\nCotton shirt,10,https://img.example/1.jpg\n", { format: "csv", encoding: "utf-8", locale: "zh", profile: "generic", mapping: { title: "title" } }],
    CatalogChecker: [{ format: "auto", encoding: "gbk", totalBytes: 60, locale: "en" }, "id;title;price\nA-1;Silk dress;20\n"],
    // A report of a checked catalog, then queried: filtered, sorted, rendered in a locale.
    CatalogReport: ["id,title,price\nA-1,Silk dress,20\nA-2,Cotton shirt,10\n", { text: "shirt", sort: "title", level: "all", locale: "ru" }],
  },
  orders: {
    checkOrders: [
      "Номер заказа;Номер отправления;Принят в обработку;Отгрузить до;Статус;Трек-номер\n1;1-0001-1;30.11.2026 10:00;01.12.2026 18:00;Ожидает сборки;\n2;2-0001-1;2026-11-27 09:55:16 -0400;2026-11-28;Доставляется;RB123456785GB\n",
      { now: "2026-12-01T10:00:00+08:00", seller: { country: "CN", timeZone: "Asia/Shanghai", cutoff: "14:00", handlingDays: 2 }, format: "auto", encoding: "utf-8", locale: "ru", mapping: { ship_by: "Отгрузить до" } },
    ],
    OrdersChecker: [
      { now: "2026-12-01T10:00:00+03:00", seller: { country: "RU", timeZone: "Europe/Moscow" }, totalBytes: 80, locale: "zh" },
      "Name,Financial Status,Fulfillment Status,Created at,Shipping Country\n#1001,paid,unfulfilled,2026-11-30 09:00:00 -0500,US\n",
    ],
    // A checked export, then queried: filtered by text and status, sorted, windows and exports taken.
    OrdersReport: [
      "Номер заказа;Номер отправления;Принят в обработку;Отгрузить до;Статус\n1;1-0001-1;30.11.2026 10:00;01.12.2026 18:00;Ожидает сборки\n2;2-0001-1;29.11.2026 10:00;30.11.2026 18:00;Ожидает сборки\n",
      { text: "0001", statuses: ["open"], sort: "shipBy", level: "all", descending: true },
    ],
    checkTrackingNumber: ["RB123456785GB", { locale: "zh" }],
    validateAddresses: [[{ country: "RU", region: "Москва", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "125009" }], { locale: "ru" }],
  },
};

// Runs in the page: every near-valid variant of each export's valid arguments, each followed by the valid call.
async function nearValid({ pkg, valid }) {
  const og = await import(`/pkg/${pkg}/orderguard.js`);
  await og.default({ module_or_path: `/pkg/${pkg}/orderguard_bg.wasm` });
  const CHARACTERS = ["é", "中", "０", "😀", "\u0301", "\uFEFF", "\0", "9"];
  const run = (name, args) => {
    if (name === "CatalogReport") {
      const report = og.checkCatalog(args[0]);
      try {
        const order = [...report.order(args[1])];
        return { order, listings: report.listingsAt(order, args[1]), csv: report.csv(0, undefined, args[1]) };
      } finally {
        report.free();
      }
    }
    if (name === "OrdersReport") {
      const report = og.checkOrders(args[0], { now: "2026-12-01T10:00:00+08:00", seller: { country: "CN", timeZone: "Asia/Shanghai" } });
      try {
        const order = [...report.order(args[1])];
        return { order, orders: report.ordersAt(order), csv: report.actionsCsv(), deadlines: report.openDeadlines() };
      } finally {
        report.free();
      }
    }
    // A report kept in the module's memory is read whole, then released.
    const whole = (result) => {
      if (typeof result?.free !== "function") return result;
      try {
        return result.toJSON();
      } finally {
        result.free();
      }
    };
    if (name !== "CatalogChecker" && name !== "OrdersChecker") return whole(og[name](...args));
    const checker = new og[name](args[0]);
    try {
      checker.push(args[1]);
      return whole(checker.finish());
    } finally {
      checker.free();
    }
  };
  /** Paths of every string in `value`. */
  function* strings(value, path = []) {
    if (typeof value === "string") yield path;
    else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) yield* strings(inner, [...path, key]);
  }
  const replaced = (value, path, text) => {
    if (path.length === 0) return text;
    const copy = structuredClone(value);
    path.slice(0, -1).reduce((node, key) => node[key], copy)[path.at(-1)] = text;
    return copy;
  };
  /** One character inserted, replaced or removed at each position (by code point). */
  function* edits(text) {
    const chars = Array.from(text);
    for (let i = 0; i <= chars.length; i++) {
      for (const c of CHARACTERS) {
        yield [...chars.slice(0, i), c, ...chars.slice(i)].join("");
        if (i < chars.length) yield [...chars.slice(0, i), c, ...chars.slice(i + 1)].join("");
      }
      if (i < chars.length) yield [...chars.slice(0, i), ...chars.slice(i + 1)].join("");
    }
  }
  const exported = Object.keys(og).filter((name) => typeof og[name] === "function" && !["default", "initSync"].includes(name));
  const failures = [];
  const fail = (text) => failures.length < 20 && failures.push(text);
  let calls = 0;
  for (const [name, args] of Object.entries(valid)) {
    const expected = JSON.stringify(run(name, args));
    for (let position = 0; position < args.length; position++) {
      for (const path of strings(args[position])) {
        for (const text of edits(path.reduce((node, key) => node[key], args[position]))) {
          const variant = args.map((arg, i) => (i === position ? replaced(arg, path, text) : arg));
          const where = `${name} argument ${position}${path.map((k) => `.${k}`).join("")} = ${JSON.stringify(text)}`;
          calls++;
          try {
            run(name, variant);
          } catch (e) {
            if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError || !e.message) fail(`${where}: threw ${String(e).slice(0, 200)}`);
          }
          try {
            if (JSON.stringify(run(name, args)) !== expected) fail(`after ${where}: the valid call gives another result`);
          } catch (e) {
            fail(`after ${where}: the module stopped working: ${String(e).slice(0, 200)}`);
          }
        }
      }
    }
  }
  return { exported: exported.sort(), covered: Object.keys(valid).sort(), calls, failures };
}

for (const pkg of ["checkout", "seller", "orders"]) {
  test(`every ${pkg} export answers near-valid values, one character off at every position, and keeps working`, async () => {
    const page = await s.open();
    const { exported, covered, calls, failures } = await page.evaluate(nearValid, { pkg, valid: VALID[pkg] });
    assert.deepEqual(covered, exported, "a valid call for every export");
    assert.ok(calls > 1000, `${calls} calls`);
    assert.deepEqual(failures, []);
    assert.deepEqual(s.problems, []);
  });
}
