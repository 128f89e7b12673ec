// Checks a catalog file off the main thread: reads the File in chunks, streams them through the
// CatalogChecker of the seller package, and posts progress, then the report (or the error as data).
import init, { CatalogChecker } from "./pkg/seller/orderguard.js";

const ready = init({ module_or_path: new URL("./pkg/seller/orderguard_bg.wasm", import.meta.url) });
const CHUNK_BYTES = 1 << 20;

self.onmessage = async ({ data: { file, options } }) => {
  let checker;
  try {
    await ready;
    checker = new CatalogChecker({ ...options, totalBytes: file.size });
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      checker.push(chunk);
      self.postMessage({ type: "progress", progress: checker.progress, listingsChecked: checker.listingsChecked });
    }
    const report = checker.finish();
    self.postMessage({ type: "done", report });
  } catch (error) {
    self.postMessage({
      type: "error",
      code: error?.code ?? "internal_error",
      field: error?.field ?? "",
      message: error?.message ?? String(error),
    });
  } finally {
    checker?.free();
  }
};
