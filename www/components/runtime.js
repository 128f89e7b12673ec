// Loads the orderguard wasm module once per page, however many elements use it.
import init, * as orderguard from "../pkg/checkout/orderguard.js";

let loading;

/** Resolves to the module's exports once it is instantiated; every caller shares one instance. */
export function loadOrderguard() {
  loading ??= init({ module_or_path: new URL("../pkg/checkout/orderguard_bg.wasm", import.meta.url) }).then(() => orderguard);
  return loading;
}
