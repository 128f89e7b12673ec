// Checks catalog files off the main thread, one after another: reads each File in chunks, streams them
// through the CatalogChecker of the seller package, and posts progress, then the report (or the error as
// data), each message tagged with the request's `id`. A trap (WebAssembly.RuntimeError) leaves this
// worker's instance unusable: it is reported as `internal_error` and the element replaces the worker.
import { internalError, loadSeller } from "./components/runtime.js";

const CHUNK_BYTES = 1 << 20;

self.onmessage = async ({ data: { id, file, options } }) => {
  let checker;
  try {
    const { CatalogChecker } = await loadSeller();
    checker = new CatalogChecker({ ...options, totalBytes: file.size });
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      checker.push(chunk);
      self.postMessage({ id, type: "progress", progress: checker.progress, listingsChecked: checker.listingsChecked });
    }
    const report = checker.finish();
    self.postMessage({ id, type: "done", report });
  } catch (thrown) {
    const error = thrown instanceof WebAssembly.RuntimeError ? internalError(options?.locale) : thrown;
    self.postMessage({
      id,
      type: "error",
      code: error?.code ?? "internal_error",
      field: error?.field ?? "",
      message: error?.message ?? String(error),
    });
  } finally {
    try {
      checker?.free();
    } catch {
      // After a trap even freeing may trap; the worker is replaced anyway.
    }
  }
};
