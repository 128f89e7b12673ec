// Whole-catalog checks. A generated 100,000-listing CSV: natively on one core and on every core (as
// `orderguard catalog` checks), in wasm in Node and in Chromium, each beside papaparse merely parsing
// the same file (no checking) in the same JS engine. The same listings as an Ozon-template XLSX in
// Chromium. And a generated 1 GB CSV checked by the seller page itself, in its worker, with the peak of
// the worker's JS heap and wasm memory sampled while it runs.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { catalogCsv, catalogXlsx, writeLargeCsv } from "../catalog-files.mjs";

const LISTINGS = 100_000;
const LARGE_BYTES = 1e9;
/** How often the worker's memory is sampled during the 1 GB run. */
const SAMPLE_MS = 100;

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const mbPerSecond = (rowsPerSecond, bytes, rows) => `${((rowsPerSecond * bytes) / rows / 1e6).toFixed(1)} MB/s`;

/** One pass of the check as a page runs it: the report built, its summary read, its memory freed. */
const CHECK = "(og, data) => { const report = og.checkCatalog(data); report.summary; report.free(); }";

/**
 * Checks `file` on the seller page (www/seller.html) as a seller would, through its file input: the
 * element's worker streams it into the seller package. Returns the time to the report and the peak of
 * the worker's JS heap (V8's, by the DevTools protocol) and wasm memory, sampled every SAMPLE_MS.
 */
async function checkOnSellerPage(ctx, file) {
  const { page, close } = await ctx.openPage("www/seller.html");
  try {
    const heap = await workerHeap(page);
    await page.waitForFunction(() => document.getElementById("engine")?.dataset.ready === "true");
    const element = page.locator("og-catalog-check");
    const change = await element.evaluateHandle((node) => ({
      promise: new Promise((resolve) => node.addEventListener("og-catalog-change", (e) => resolve(e.detail), { once: true })),
    }));
    const started = performance.now();
    await element.locator("input[type=file]").setInputFiles(file);
    const worker = await waitForWorker(page);
    const peak = { heap: 0, wasm: 0, total: 0 };
    const sample = async () => {
      const [used, wasm] = await Promise.all([heap(), worker.evaluate(wasmMemory)]);
      if (used === null) return;
      peak.heap = Math.max(peak.heap, used);
      peak.wasm = Math.max(peak.wasm, wasm);
      peak.total = Math.max(peak.total, used + wasm);
    };
    let finished = false;
    const done = change.evaluate(({ promise }) =>
      promise.then(({ report, error }) => (report ? { rows: report.rows, listings: report.listingCount, rowErrors: report.rowErrorCount } : { error: error?.message })),
    );
    done.finally(() => (finished = true));
    while (!finished) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
    const result = await done;
    const seconds = (performance.now() - started) / 1000;
    await sample();
    return { ...result, seconds, peak };
  } finally {
    await close();
  }
}

/**
 * Attaches to the page's workers through the DevTools protocol (before any starts) and returns a
 * function that resolves to the first worker's JS heap in use, in bytes (`Runtime.getHeapUsage`).
 */
async function workerHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  const sessions = [];
  const waiting = new Map();
  let next = 1;
  cdp.on("Target.attachedToTarget", ({ sessionId, targetInfo }) => targetInfo.type === "worker" && sessions.push(sessionId));
  cdp.on("Target.receivedMessageFromTarget", ({ message }) => {
    const { id, result } = JSON.parse(message);
    waiting.get(id)?.(result);
    waiting.delete(id);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return () => {
    const [sessionId] = sessions;
    if (!sessionId) return Promise.resolve(null);
    const id = next++;
    const answer = new Promise((resolve) => waiting.set(id, (result) => resolve(result?.usedSize ?? null)));
    cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) });
    return answer;
  };
}

async function waitForWorker(page) {
  for (;;) {
    const [worker] = page.workers();
    if (worker) return worker;
    await page.waitForEvent("worker");
  }
}

// Runs in the worker: the seller package's wasm memory (the glue's instance, loaded once per worker).
async function wasmMemory() {
  const glue = await import("/www/pkg/seller/orderguard.js");
  return (await glue.default()).memory.buffer.byteLength;
}

export default async function catalog(ctx) {
  const text = catalogCsv(LISTINGS);
  const bytes = Buffer.from(text, "utf8");
  const file = ctx.writeInput("catalog-100k.csv", bytes);
  const native = ctx.native("check-catalog", file);
  const nativeAll = ctx.native("check-catalog-all-cores", file);

  const og = await ctx.loadPackage("seller");
  const data = new Uint8Array(bytes);
  const report = og.checkCatalog(data);
  if (report.rows !== LISTINGS || report.listingCount !== LISTINGS) {
    throw new Error(`catalog bench: read ${report.rows} rows, ${report.listingCount} listings`);
  }
  report.free();
  const check = (0, eval)(CHECK);
  const wasm = ctx.rate(LISTINGS, () => check(og, data));
  const wasmStream = ctx.rate(LISTINGS, () => {
    const checker = new og.CatalogChecker({ totalBytes: data.length });
    for (let offset = 0; offset < data.length; offset += 1 << 20) checker.push(data.subarray(offset, offset + (1 << 20)));
    checker.finish().free();
  });
  const parse = (csv) => Papa.parse(csv, { header: true, skipEmptyLines: true });
  const parsed = parse(text);
  if (parsed.data.length !== LISTINGS) throw new Error(`papaparse read ${parsed.data.length} rows`);
  const papa = ctx.rate(LISTINGS, () => parse(text));

  const input = "catalog-100k.csv";
  const chromium = await ctx.browserRate("seller", input, LISTINGS, CHECK, { as: "bytes" });
  const papaChromium = await ctx.browserRate("seller", input, LISTINGS, "(og, text) => Papa.parse(text, { header: true, skipEmptyLines: true })", {
    as: "text",
    scripts: ["node_modules/papaparse/papaparse.min.js"],
  });

  const xlsx = catalogXlsx(LISTINGS);
  ctx.writeInput("catalog-100k.xlsx", xlsx);
  const xlsxReport = og.checkCatalog(new Uint8Array(xlsx));
  if (xlsxReport.listingCount !== LISTINGS) throw new Error(`catalog bench: the workbook gave ${xlsxReport.listingCount} listings`);
  xlsxReport.free();
  const xlsxChromium = await ctx.browserRate("seller", "catalog-100k.xlsx", LISTINGS, CHECK, { as: "bytes" });

  // The 1 GB file is written once and kept in bench/out (gitignored); regenerated if its size is off.
  const large = join(ctx.out, "catalog-1gb.csv");
  if (!existsSync(large) || Math.abs(statSync(large).size - LARGE_BYTES) > 1e7) {
    console.error("bench: writing bench/out/catalog-1gb.csv");
    await writeLargeCsv(large, LARGE_BYTES, ctx.random(7));
  }
  const largeSize = statSync(large).size;
  const run = await checkOnSellerPage(ctx, large);
  if (run.error) throw new Error(`catalog bench: the 1 GB file failed: ${run.error}`);

  const size = mb(bytes.length);
  const rate = (r) => mbPerSecond(r, bytes.length, LISTINGS);
  const cell = (r) => `${ctx.perSecond(r)} rows, ${rate(r)}`;
  const { version } = JSON.parse(readFileSync(join(ctx.root, "node_modules/papaparse/package.json"), "utf8"));
  const papaName = `papaparse ${version} parse only`;
  const xlsxMb = (r) => mbPerSecond(r, xlsx.length, LISTINGS);
  const memory = run.peak;
  return [
    ["catalog", `check ${LISTINGS.toLocaleString("en-US")} listings (${size} CSV), native, one core (target ≥ 500,000 rows/s)`, cell(native)],
    ["catalog", "same, native, every core (orderguard catalog, report not written)", cell(nativeAll)],
    ["catalog", "same, wasm in Node (checkCatalog)", cell(wasm), `${cell(papa)} (${papaName}, Node)`, ctx.ratio(wasm, papa)],
    ["catalog", "same, wasm in Node (CatalogChecker, 1 MiB chunks)", cell(wasmStream), `${cell(papa)} (${papaName}, Node)`, ctx.ratio(wasmStream, papa)],
    ["catalog", "same, wasm in Chromium (checkCatalog; target ≥ 1× peer)", cell(chromium), `${cell(papaChromium)} (${papaName}, Chromium)`, ctx.ratio(chromium, papaChromium)],
    ["catalog", `same listings as an Ozon-template XLSX (${mb(xlsx.length)}), wasm in Chromium (target ≥ 20 MB/s)`, `${ctx.perSecond(xlsxChromium)} rows, ${xlsxMb(xlsxChromium)}`],
    [
      "catalog",
      `${mb(largeSize)} CSV (${run.listings.toLocaleString("en-US")} listings) on the seller page, its worker's peak JS heap + wasm memory (target ≤ 256 MB)`,
      `${mb(memory.total)} (JS heap ${mb(memory.heap)}, wasm ${mb(memory.wasm)}); ${run.rows.toLocaleString("en-US")} rows, ${run.rowErrors} row errors, ${run.seconds.toFixed(1)} s, ${mb(largeSize / run.seconds)}/s`,
    ],
  ];
}
