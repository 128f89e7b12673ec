// Checks orders exports off the main thread: the file is read as a stream (File.stream()), chunk by
// chunk into an OrdersChecker, with progress posted as it goes; the report comes back whole. Errors come
// back as data; a trap (WebAssembly.RuntimeError) is reported as `internal_error` and the element
// replaces the worker.
import { loadOrders } from "./components/runtime.js";
import { errorData, pushFile } from "./components/stream-file.js";

let checking = { id: 0, cancelled: false };

async function check(id, file, options) {
  // This check's own token: a newer check replaces `checking`, and this loop must still see its cancel.
  const token = { id, cancelled: false };
  checking = token;
  const { OrdersChecker } = await loadOrders();
  const checker = new OrdersChecker({ ...options, totalBytes: file.size });
  try {
    const progress = () =>
      self.postMessage({ id, type: "progress", progress: checker.progress, bytes: checker.bytesSeen, total: file.size, rows: checker.rowsRead });
    if (!(await pushFile(file, checker, token, progress))) {
      self.postMessage({ id, type: "cancelled" });
      return;
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
