// Checks catalog files off the main thread and keeps the last report, compact, in the seller package's
// memory. A file is read as a stream (File.stream()), chunk by chunk into a CatalogChecker, so memory
// holds one chunk and the report, not the file. The page then asks for what it shows: a window of the
// table (filtered and sorted here), the summary in another language, the CSV export (written in
// slices into a Blob). Every message carries the request's `id`; errors come back as data. A trap
// (WebAssembly.RuntimeError) leaves this worker's instance unusable: it is reported as `internal_error`
// and the element replaces the worker.
import { loadSeller } from "./components/runtime.js";
import { errorData, pushFile } from "./components/stream-file.js";

/** Listings rendered into one slice of the CSV export. */
const EXPORT_SLICE = 5000;
/** Row errors sent with the summary; the export has them all. */
const ROW_ERRORS_SHOWN = 500;
/** The most common findings the summary names, with an example message each. */
const COMMON_CODES = 5;

let report = null;
/** The listing order of the last query, kept while the page scrolls through it. */
let view = { key: null, order: null };
/** The id of the check in progress, and whether the page cancelled it. */
let checking = { id: 0, cancelled: false };

/** What the page shows above the table, in `locale`. */
function head(locale) {
  const summary = report.summary;
  const common = Object.entries(summary.byCode)
    .sort((a, b) => b[1] - a[1])
    .slice(0, COMMON_CODES)
    .map(([code, count]) => {
      const [first] = report.order({ code });
      const finding = report.listingsAt([first], { locale })[0]?.findings.find((f) => f.code === code);
      return { code, count, message: finding?.message ?? code };
    });
  return {
    format: report.format,
    encoding: report.encoding,
    notes: report.notes({ locale }),
    rows: report.rows,
    skippedRows: report.skippedRows,
    listingCount: report.listingCount,
    rowErrorCount: report.rowErrorCount,
    rowErrors: report.rowErrors(0, ROW_ERRORS_SHOWN, { locale }),
    summary,
    common,
  };
}

async function check(id, file, options) {
  // This check's own token: a newer check replaces `checking`, and this one must still see its cancel.
  const token = { id, cancelled: false };
  checking = token;
  report?.free();
  report = null;
  view = { key: null, order: null };
  const { CatalogChecker } = await loadSeller();
  const checker = new CatalogChecker({ ...options, totalBytes: file.size });
  try {
    const progress = () =>
      self.postMessage({ id, type: "progress", progress: checker.progress, bytes: checker.bytesSeen, total: file.size, listingsChecked: checker.listingsChecked });
    if (!(await pushFile(file, checker, token, progress))) {
      self.postMessage({ id, type: "cancelled" });
      return;
    }
    report = checker.finish();
    self.postMessage({ id, type: "progress", progress: 1, bytes: file.size, total: file.size, listingsChecked: report.listingCount });
    self.postMessage({ id, type: "done", report: head(options?.locale) });
  } finally {
    try {
      checker.free();
    } catch {
      // After a trap even freeing may trap; the worker is replaced anyway.
    }
  }
}

/** Listings `start..end` of the order `query` gives, rendered in `locale`. */
function window({ query, start, end, locale }) {
  const key = JSON.stringify(query ?? {});
  if (view.key !== key) view = { key, order: report.order(query ?? {}) };
  const total = view.order.length;
  const listings = report.listingsAt(view.order.subarray(Math.min(start, total), Math.min(end, total)), { locale });
  return { type: "window", total, start, listings };
}

/** The whole report as CSV, rendered in slices into a Blob (the browser keeps its parts, not this heap). */
function exportCsv({ locale }) {
  const items = report.listingCount + report.rowErrorCount;
  const parts = [];
  for (let start = 0; start < items || start === 0; start += EXPORT_SLICE) {
    parts.push(new Blob([report.csv(start, start + EXPORT_SLICE, { locale })]));
  }
  return { type: "export", blob: new Blob(parts, { type: "text/csv;charset=utf-8" }) };
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  if (type === "cancel") {
    if (checking.id === data.check) checking.cancelled = true;
    return;
  }
  try {
    if (type === "check") return await check(id, data.file, data.options);
    if (!report) throw Object.assign(new Error("no report"), { code: "internal_error", field: "" });
    if (type === "head") self.postMessage({ id, type: "head", report: head(data.locale) });
    if (type === "window") self.postMessage({ id, ...window(data) });
    if (type === "export") self.postMessage({ id, ...exportCsv(data) });
  } catch (thrown) {
    self.postMessage({ id, ...errorData(thrown, data.options?.locale ?? data.locale) });
  }
};
