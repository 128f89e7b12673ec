// What each shipped package costs a page to download, raw and gzipped, and what the checkout page
// downloads in all: the checkout package and the components it uses.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The page budget: the checkout page's whole download, gzipped. */
const CHECKOUT_BUDGET_KB = 150;
const CHECKOUT_COMPONENTS = [
  "components/runtime.js",
  "components/address-form.js",
  "components/delivery-estimate.js",
  "components/return-policy.js",
  "orderguard-checkout.js",
];

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
  const present = CHECKOUT_COMPONENTS.filter((file) => existsSync(join(root, "www", file)));
  for (const file of present) {
    const size = measure(root, file);
    page.raw += size.raw;
    page.gzip += size.gzip;
  }
  rows.push(["size", `checkout components (${present.length} files)`, both({ raw: page.raw - packages.checkout.raw, gzip: page.gzip - packages.checkout.gzip })]);
  rows.push([
    "size",
    "checkout page download (package + components)",
    both(page),
    `target ≤ ${CHECKOUT_BUDGET_KB} KB gzip`,
    page.gzip <= CHECKOUT_BUDGET_KB * 1024 ? "within" : `${kb(page.gzip - CHECKOUT_BUDGET_KB * 1024)} over`,
  ]);
  return rows;
}
