// What each shipped package costs a page to download, raw and gzipped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export default function sizes({ root }) {
  const rows = [];
  for (const pkg of ["checkout", "seller"]) {
    let raw = 0, gz = 0;
    for (const [file, what] of [["orderguard_bg.wasm", "wasm"], ["orderguard.js", "JS glue"]]) {
      const bytes = readFileSync(join(root, "www/pkg", pkg, file));
      const zipped = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gz += zipped;
      rows.push(["size", `${pkg} ${what}`, `${kb(bytes.length)} raw, ${kb(zipped)} gzip`]);
    }
    rows.push(["size", `${pkg} package total`, `${kb(raw)} raw, ${kb(gz)} gzip`]);
  }
  return rows;
}
