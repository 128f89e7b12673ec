// What each shipped package costs a page to download, raw and gzipped, and what the checkout page
// downloads in all: the checkout package and the components it uses.
import { CEILINGS, checkoutPageSize, packageSize } from "../size.mjs";

/** The checkout page's target download; on the way there the test command holds the ceilings of bench/size.mjs. */
const CHECKOUT_TARGET_KB = 120;

export default function sizes({ root, kb }) {
  const rows = [];
  const both = (s) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;
  const ceilings = { seller: CEILINGS.sellerPackage, orders: CEILINGS.ordersPackage };
  for (const pkg of ["checkout", "seller", "orders"]) {
    const size = packageSize(root, pkg);
    rows.push(["size", `${pkg} wasm`, both(size.wasm)]);
    rows.push(["size", `${pkg} JS glue`, both(size.glue)]);
    rows.push(["size", `${pkg} package total`, both(size.total), ceilings[pkg] ? `ceiling ${kb(ceilings[pkg])} gzip` : ""]);
  }
  const { modules, components, page } = checkoutPageSize(root);
  const files = modules.length === 1 ? "one file" : `${modules.length} files`;
  rows.push(["size", `checkout entry and components, built (${files}: ${modules.join(", ")})`, both(components)]);
  rows.push([
    "size",
    "checkout page download (package + components)",
    both(page),
    `target ≤ ${CHECKOUT_TARGET_KB} KB gzip`,
    page.gzip <= CHECKOUT_TARGET_KB * 1024 ? "within" : `${kb(page.gzip - CHECKOUT_TARGET_KB * 1024)} over`,
  ]);
  return rows;
}
