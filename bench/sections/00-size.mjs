// What each shipped package costs a page to download, raw and gzipped, and what the checkout page
// downloads in all: the checkout package and the components it uses.
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

/** The page budget: the checkout page's whole download, gzipped. */
const CHECKOUT_BUDGET_KB = 150;
const CHECKOUT_ENTRY = "orderguard-checkout.js";

/** Every module the checkout entry loads, by following its relative imports (the wasm glue aside). */
function checkoutModules(root) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file) || file.startsWith("pkg/")) return;
    found.add(file);
    const source = readFileSync(join(root, "www", file), "utf8");
    for (const [, target] of source.matchAll(/^\s*(?:import|export)\b[^"']*["'](\.{1,2}\/[^"']+)["']/gm)) {
      visit(normalize(join(dirname(file), target)));
    }
  };
  visit(CHECKOUT_ENTRY);
  return [...found];
}

function measure(root, file) {
  const bytes = readFileSync(join(root, "www", file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export default function sizes({ root, kb }) {
  const rows = [];
  const both = (s) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;
  const packages = {};
  for (const pkg of ["checkout", "seller"]) {
    const total = { raw: 0, gzip: 0 };
    for (const [file, what] of [["orderguard_bg.wasm", "wasm"], ["orderguard.js", "JS glue"]]) {
      const size = measure(root, `pkg/${pkg}/${file}`);
      total.raw += size.raw;
      total.gzip += size.gzip;
      rows.push(["size", `${pkg} ${what}`, both(size)]);
    }
    rows.push(["size", `${pkg} package total`, both(total)]);
    packages[pkg] = total;
  }
  // Each file is served (and compressed) on its own, so the page total is the sum of the files' sizes.
  const page = { ...packages.checkout };
  const present = checkoutModules(root);
  for (const file of present) {
    const size = measure(root, file);
    page.raw += size.raw;
    page.gzip += size.gzip;
  }
  rows.push(["size", `checkout entry and components (${present.length} modules)`, both({ raw: page.raw - packages.checkout.raw, gzip: page.gzip - packages.checkout.gzip })]);
  rows.push([
    "size",
    "checkout page download (package + components)",
    both(page),
    `target ≤ ${CHECKOUT_BUDGET_KB} KB gzip`,
    page.gzip <= CHECKOUT_BUDGET_KB * 1024 ? "within" : `${kb(page.gzip - CHECKOUT_BUDGET_KB * 1024)} over`,
  ]);
  return rows;
}
