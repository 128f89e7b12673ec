// Checks orders exports off the main thread: the file is read as a stream (File.stream()), chunk by
// chunk into an OrdersChecker, with progress posted as it goes. The checked report stays here, in the
// module's memory: the page gets its headline, then asks for the table's window (filtered and sorted
// here), the actions CSV and the open deadlines. Errors come back as data; a trap
// (WebAssembly.RuntimeError) is reported as `internal_error` and the element replaces the worker.
import { loadOrders } from "./components/runtime.js";
import { errorData, pushFile } from "./components/stream-file.js";

/** The row errors the page lists; the count says how many more there are. */
const ROW_ERRORS_SHOWN = 500;

let checking = { id: 0, cancelled: false };
/** The last finished check: { id, report } (an OrdersReport), freed when the next one starts. */
let current = null;

/** What the page draws before it asks for any order: everything but the orders themselves. */
function headline(report) {
  return {
    format: report.format,
    encoding: report.encoding,
    encodingGuessed: report.encodingGuessed,
    headerRow: report.headerRow,
    rows: report.rows,
    skippedRows: report.skippedRows,
    today: report.today,
    workingDays: report.workingDays,
    summary: report.summary,
    statusLabelsVerified: report.statusLabelsVerified,
    orderCount: report.orderCount,
    rowErrorCount: report.rowErrorCount,
    rowErrors: report.rowErrors(0, ROW_ERRORS_SHOWN),
  };
}

/** Frees the kept report: the page no longer shows it, and memory holds one report at a time. */
function release() {
  try {
    current?.report.free();
  } catch {
    // Freed already (after a trap): nothing to release.
  }
  current = null;
}

async function check(id, file, options) {
  // This check's own token: a newer check replaces `checking`, and this loop must still see its cancel.
  const token = { id, cancelled: false };
  checking = token;
  release();
  const { OrdersChecker } = await loadOrders();
  const checker = new OrdersChecker({ ...options, totalBytes: file.size });
  try {
    const progress = () =>
      self.postMessage({ id, type: "progress", progress: checker.progress, bytes: checker.bytesSeen, total: file.size, rows: checker.rowsRead });
    if (!(await pushFile(file, checker, token, progress))) {
      self.postMessage({ id, type: "cancelled" });
      return;
    }
    // No await since pushFile saw the token last: a cancel cannot have come in between.
    const report = checker.finish();
    current = { id, report };
    self.postMessage({ id, type: "progress", progress: 1, bytes: file.size, total: file.size, rows: report.rows });
    self.postMessage({ id, type: "done", report: headline(report) });
  } finally {
    try {
      checker.free();
    } catch {
      // After a trap even freeing may trap; the worker is replaced anyway.
    }
  }
}

/** A question about the finished check `data.check`: the table's window, or an export's content. */
function answer({ id, type, check: checkId, query, limit }) {
  if (current?.id !== checkId) return { id, type: "stale" };
  const { report } = current;
  if (type === "view") {
    const order = report.order(query);
    return { id, type, total: order.length, orders: report.ordersAt(order.subarray(0, limit)) };
  }
  if (type === "actions") return { id, type, csv: report.actionsCsv() };
  if (type === "deadlines") return { id, type, deadlines: report.openDeadlines() };
  throw new TypeError(`unknown request ${type}`);
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  if (type === "cancel") {
    if (checking.id === data.check) checking.cancelled = true;
    return;
  }
  try {
    if (type === "check") await check(id, data.file, data.options);
    else self.postMessage(answer(data));
  } catch (thrown) {
    self.postMessage({ id, ...errorData(thrown, data.options?.locale) });
  }
};
