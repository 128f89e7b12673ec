// Checks orders exports off the main thread: the file is read as a stream (File.stream()), chunk by
// chunk into an OrdersChecker, with progress posted as it goes; the report comes back whole. Errors come
// back as data; a trap (WebAssembly.RuntimeError) is reported as `internal_error` and the element
// replaces the worker.
import { internalError, loadOrders } from "./components/runtime.js";

/** Progress is posted after this long or this many bytes, whichever comes first. */
const PROGRESS_MS = 100;
const PROGRESS_BYTES = 1 << 20;

let checking = { id: 0, cancelled: false };

function errorData(thrown, locale) {
  const error = thrown instanceof WebAssembly.RuntimeError ? internalError(locale) : thrown;
  return { type: "error", code: error?.code ?? "internal_error", field: error?.field ?? "", message: error?.message ?? String(error) };
}

async function check(id, file, options) {
  // This check's own token: a newer check replaces `checking`, and this loop must still see its cancel.
  const token = { id, cancelled: false };
  checking = token;
  const { OrdersChecker } = await loadOrders();
  const checker = new OrdersChecker({ ...options, totalBytes: file.size });
  const reader = file.stream().getReader();
  try {
    let last = 0;
    let lastBytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (token.cancelled) {
        await reader.cancel();
        self.postMessage({ id, type: "cancelled" });
        return;
      }
      if (done) break;
      checker.push(value);
      if (performance.now() - last >= PROGRESS_MS || checker.bytesSeen - lastBytes >= PROGRESS_BYTES) {
        last = performance.now();
        lastBytes = checker.bytesSeen;
        self.postMessage({ id, type: "progress", progress: checker.progress, bytes: checker.bytesSeen, total: file.size, rows: checker.rowsRead });
      }
    }
    const report = checker.finish();
    self.postMessage({ id, type: "progress", progress: 1, bytes: file.size, total: file.size, rows: report.rows });
    self.postMessage({ id, type: "done", report });
  } finally {
    try {
      checker.free();
    } catch {
      // After a trap even freeing may trap; the worker is replaced anyway.
    }
  }
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  if (type === "cancel") {
    if (checking.id === data.check) checking.cancelled = true;
    return;
  }
  try {
    if (type === "check") await check(id, data.file, data.options);
  } catch (thrown) {
    self.postMessage({ id, ...errorData(thrown, data.options?.locale) });
  }
};
