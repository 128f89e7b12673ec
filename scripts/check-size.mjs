#!/usr/bin/env node
// The size stage of scripts/test.sh: fails when the release build's checkout page download, the seller
// or the orders package exceeds its ceiling (bench/size.mjs), so no change makes a storefront's checkout heavier
// unnoticed. Prints each measure beside its ceiling.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CEILINGS, checkoutPageSize, packageSize } from "../bench/size.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const checks = [
  ["checkout page download (package + entry and components), gzip", checkoutPageSize(root).page.gzip, CEILINGS.checkoutPage],
  ["seller package (wasm + glue), gzip", packageSize(root, "seller").total.gzip, CEILINGS.sellerPackage],
  ["orders package (wasm + glue), gzip", packageSize(root, "orders").total.gzip, CEILINGS.ordersPackage],
];
let over = 0;
for (const [what, size, ceiling] of checks) {
  const ok = size <= ceiling;
  over += ok ? 0 : 1;
  console.log(`${ok ? "ok  " : "OVER"} ${what}: ${kb(size)} (ceiling ${kb(ceiling)})`);
}
process.exit(over ? 1 : 0);
