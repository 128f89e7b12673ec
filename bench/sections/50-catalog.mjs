// Whole-catalog check of a generated 100,000-listing CSV: natively, in wasm (Node and Chromium), each
// beside papaparse merely parsing the same file (no checking) in the same JS engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

const LISTINGS = 100_000;

function catalogCsv(n) {
  const lines = ["id,title,description,price,old price,images,material,sizes"];
  for (let i = 0; i < n; i++) {
    const title = i % 3 === 0 ? `"Платье летнее, размер ${i % 7}"` : `Cotton shirt ${i}`;
    const description = i % 5 === 0 ? `"Soft cotton; ""relaxed"" fit\nmachine wash 30°C"` : "Soft cotton shirt";
    lines.push(
      `SKU-${i},${title},${description},${10 + (i % 90)}.99,${i % 4 === 0 ? 20 + (i % 90) : ""},https://cdn.example.com/${i}.jpg,cotton,"S,M,L"`,
    );
  }
  return lines.join("\n") + "\n";
}

const mbPerSecond = (rowsPerSecond, bytes, rows) => `${((rowsPerSecond * bytes) / rows / 1e6).toFixed(1)} MB/s`;

export default async function catalog(ctx) {
  const text = catalogCsv(LISTINGS);
  const bytes = Buffer.from(text, "utf8");
  const file = ctx.writeInput("catalog-100k.csv", bytes);

  const native = ctx.native("check-catalog", file);
  const og = await ctx.loadPackage("seller");
  const data = new Uint8Array(bytes);
  const report = og.checkCatalog(data);
  if (report.rows !== LISTINGS || report.listings.length !== LISTINGS) {
    throw new Error(`catalog bench: read ${report.rows} rows, ${report.listings.length} listings`);
  }
  const wasm = ctx.rate(LISTINGS, () => og.checkCatalog(data));
  const wasmStream = ctx.rate(LISTINGS, () => {
    const checker = new og.CatalogChecker({ totalBytes: data.length });
    for (let offset = 0; offset < data.length; offset += 1 << 20) checker.push(data.subarray(offset, offset + (1 << 20)));
    checker.finish();
    checker.free();
  });
  const parse = (csv) => Papa.parse(csv, { header: true, skipEmptyLines: true });
  const parsed = parse(text);
  if (parsed.data.length !== LISTINGS) throw new Error(`papaparse read ${parsed.data.length} rows`);
  const papa = ctx.rate(LISTINGS, () => parse(text));

  const input = "catalog-100k.csv";
  const chromium = await ctx.browserRate("seller", input, LISTINGS, "(og, data) => og.checkCatalog(data)", { as: "bytes" });
  const papaChromium = await ctx.browserRate("seller", input, LISTINGS, "(og, text) => Papa.parse(text, { header: true, skipEmptyLines: true })", {
    as: "text",
    scripts: ["node_modules/papaparse/papaparse.min.js"],
  });

  const size = `${(bytes.length / 1e6).toFixed(1)} MB`;
  const mb = (rate) => mbPerSecond(rate, bytes.length, LISTINGS);
  const cell = (rate) => `${ctx.perSecond(rate)} rows, ${mb(rate)}`;
  const { version } = JSON.parse(readFileSync(join(ctx.root, "node_modules/papaparse/package.json"), "utf8"));
  const papaName = `papaparse ${version} parse only`;
  return [
    ["catalog", `check ${LISTINGS.toLocaleString("en-US")} listings (${size} CSV), native`, cell(native)],
    ["catalog", "same, wasm in Node (checkCatalog)", cell(wasm), `${cell(papa)} (${papaName}, Node)`, ctx.ratio(wasm, papa)],
    ["catalog", "same, wasm in Node (CatalogChecker, 1 MiB chunks)", cell(wasmStream), `${cell(papa)} (${papaName}, Node)`, ctx.ratio(wasmStream, papa)],
    ["catalog", "same, wasm in Chromium (checkCatalog; target ≥ 1× peer)", cell(chromium), `${cell(papaChromium)} (${papaName}, Chromium)`, ctx.ratio(chromium, papaChromium)],
  ];
}
