#!/usr/bin/env node
// Builds what a checkout page loads: www/dist/orderguard-checkout.js, the entry and its components as one
// minified ES module (with a linked source map to the readable sources), and likewise the storefront's
// and the order page's entries (dist/orderguard-storefront.js, dist/orderguard-order.js). One file
// instead of seven means one request instead of a chain of them, and the components compress together
// (gzip 21 -> 11 KB). The wasm glue stays a separate file: the runtime imports a fresh copy of it after a trap. dist/ sits at the
// depth of components/, so the runtime's URLs relative to its module (`../pkg/...`) hold in both.
// The crate's own JS imports (wasm/js/) are folded into each package's glue, which the page preloads:
// left as wasm-bindgen writes them (pkg/*/snippets/), they would be fetched only once the glue is parsed.
import { build } from "esbuild";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const www = join(dirname(fileURLToPath(import.meta.url)), "../www");

// The storefront pages' entry (delay notice, compact estimate) and the order confirmation page's (order
// summary, delay notice) are built the same way, each on its own: a page loads one entry, and the
// checkout entry carries none of their elements.
const ENTRIES = {
  "orderguard-checkout.js": "checkout",
  "orderguard-storefront.js": "storefront pages",
  "orderguard-order.js": "order confirmation page",
};

for (const [entry, what] of Object.entries(ENTRIES)) {
  await build({
    entryPoints: [join(www, entry)],
    outfile: join(www, "dist", entry),
    bundle: true,
    minify: true,
    format: "esm",
    // Private class members and static blocks are kept as written: every browser with custom elements,
    // adopted style sheets and ElementInternals has them.
    target: "es2022",
    sourcemap: "linked",
    sourcesContent: false,
    legalComments: "none",
    banner: { js: `// orderguard ${what}, MIT OR Apache-2.0. Readable sources: ../${entry}, ../components/.` },
    // Loaded by the address form only for a country whose data comes in a file: built beside the
    // entries below, not into them.
    external: ["./address-files.js"],
    logLevel: "warning",
  });
}

// The loader of the address files beside the package (region files, phone plans), which <og-address-form>
// imports only when a buyer picks a country that needs one: beside the entries, as it sits beside the
// components.
await build({
  entryPoints: [join(www, "components/address-files.js")],
  outfile: join(www, "dist/address-files.js"),
  minify: true,
  format: "esm",
  target: "es2022",
  sourcemap: "linked",
  sourcesContent: false,
  legalComments: "none",
  logLevel: "warning",
});

// Each glue is minified too (the checkout's 3.4 -> 2.6 KB gzip), with a source map beside it; its exports,
// and the import names the wasm module asks for, keep their names.
for (const pkg of ["checkout", "seller", "orders"]) {
  const dir = join(www, "pkg", pkg);
  const glue = join(dir, "orderguard.js");
  if (!existsSync(glue)) continue;
  await build({
    entryPoints: [glue],
    outfile: glue,
    allowOverwrite: true,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "esm",
    target: "es2022",
    // The types pointer wasm-bindgen writes first, which bundling would drop.
    banner: { js: '/* @ts-self-types="./orderguard.d.ts" */' },
    logLevel: "warning",
  });
  // wasm-pack's package.json lists the snippets among its files and side effects: they are gone, and the
  // glue's source map is there.
  rmSync(join(dir, "snippets"), { recursive: true, force: true });
  const manifest = join(dir, "package.json");
  if (existsSync(manifest)) {
    const json = JSON.parse(readFileSync(manifest, "utf8"));
    json.files = json.files?.filter((file) => file !== "snippets");
    if (json.files && !json.files.includes("orderguard.js.map")) json.files.push("orderguard.js.map");
    if (Array.isArray(json.sideEffects)) {
      json.sideEffects = json.sideEffects.filter((file) => !file.startsWith("./snippets/"));
      if (json.sideEffects.length === 0) json.sideEffects = false;
    }
    writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
  }
}
