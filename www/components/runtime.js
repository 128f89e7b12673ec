// Loads each orderguard wasm package once per page (or worker), however many elements use it, and keeps
// it usable after a trap. A `WebAssembly.RuntimeError` leaves the instance's memory in an unknown state,
// so the call that trapped is answered with a localized `internal_error` and the next call runs on a fresh
// instance. wasm-bindgen's glue keeps its instance in module state: a fresh instance needs a fresh copy of
// the glue, which an import with a distinct query string gives (same origin, so a strict CSP allows it).
// The wasm itself is fetched and compiled once. Nothing beyond the first load is fetched unless a trap
// happens.

const TRAPPED = {
  en: "Something went wrong while checking; please try again.",
  ru: "Во время проверки что-то пошло не так; попробуйте ещё раз.",
  zh: "检查时出了点问题，请重试。",
};

/** The Error a trapped call is answered with: `code: "internal_error"`, `field: ""`, a localized message. */
export function internalError(locale) {
  const tag = locale || globalThis.document?.documentElement.lang || globalThis.navigator?.language || "en";
  const message = TRAPPED[String(tag).toLowerCase().split(/[-_]/)[0]] ?? TRAPPED.en;
  return Object.assign(new Error(message), { code: "internal_error", field: "" });
}

/** The `locale` a call was given in one of its option objects, if any. */
const localeOf = (args) => args.find((a) => a && typeof a === "object" && typeof a.locale === "string")?.locale;

async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to fetch Wasm: ${response.status} ${response.statusText} fetching '${response.url}'`);
  // Streaming needs the wasm MIME type; a server that sends another one still works, a little slower.
  if (response.headers.get("content-type") === "application/wasm") return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * One package's runtime. `load()` resolves to a stable object with the package's exports once an instance
 * is ready; its functions answer a trap as described above. Classes (`CatalogChecker`) come from the
 * instance live at the time of reading and are not guarded: a worker that traps in one is replaced.
 */
function wasmRuntime(glueUrl, wasmUrl) {
  let compiled = null;
  let instance = null;
  let loading = null;
  let generation = 0;
  const exports = {};

  function call(name, args) {
    const live = instance;
    if (!live) throw internalError(localeOf(args));
    try {
      return live[name](...args);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      if (instance === live) renew();
      throw internalError(localeOf(args));
    }
  }

  function renew() {
    generation += 1;
    instance = null;
    const url = generation === 1 ? glueUrl : `${glueUrl}?instance=${generation}`;
    compiled ??= compile(wasmUrl);
    loading = Promise.all([import(url), compiled]).then(async ([glue, module]) => {
      await glue.default({ module_or_path: module });
      // A plain copy, not the frozen namespace, so a test can stand a trapping function in for an export.
      instance = { ...glue };
      for (const name of Object.keys(glue)) {
        if (name in exports || name === "default" || name === "initSync") continue;
        if (/^[A-Z]/.test(name)) Object.defineProperty(exports, name, { enumerable: true, get: () => instance?.[name] });
        else exports[name] = (...args) => call(name, args);
      }
      return exports;
    });
    // After a trap nobody may be waiting: a failed reload is reported to the next caller, not as unhandled.
    loading.catch(() => {});
    return loading;
  }

  return {
    /** The URL of a file beside the package (its region files: "regions/US.tsv"). */
    fileUrl: (path) => new URL(path, glueUrl).href,
    /** Resolves to the exports once an instance is ready (after a trap: once the fresh one is). */
    load: () => loading ?? renew(),
    /** Whether a call now runs at once; false before the first load and while a fresh instance loads. */
    get ready() {
      return instance !== null;
    },
    /** The live instance's exports, for tests: replacing one simulates a trap. Null while none is ready. */
    get instance() {
      return instance;
    },
  };
}

export const checkoutRuntime = wasmRuntime(
  new URL("../pkg/checkout/orderguard.js", import.meta.url).href,
  new URL("../pkg/checkout/orderguard_bg.wasm", import.meta.url),
);
export const sellerRuntime = wasmRuntime(
  new URL("../pkg/seller/orderguard.js", import.meta.url).href,
  new URL("../pkg/seller/orderguard_bg.wasm", import.meta.url),
);

/** The checkout package (address, delivery, returns); every element on the page shares one instance. */
export const loadOrderguard = () => checkoutRuntime.load();
/** The seller package (listing and catalog checks). */
export const loadSeller = () => sellerRuntime.load();

export const ordersRuntime = wasmRuntime(
  new URL("../pkg/orders/orderguard.js", import.meta.url).href,
  new URL("../pkg/orders/orderguard_bg.wasm", import.meta.url),
);

/** The orders package (the orders board, tracking numbers, addresses in a batch). */
export const loadOrders = () => ordersRuntime.load();
