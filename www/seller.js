// The seller page: the listing checker.
import init, { checkListing } from "./pkg/seller/orderguard.js";

const status = document.getElementById("engine");
init({ module_or_path: new URL("./pkg/seller/orderguard_bg.wasm", import.meta.url) }).then(
  () => {
    const report = checkListing({ title: "Sample" }, { locale: document.documentElement.lang });
    status.textContent = `orderguard is running: a listing without photos scores ${report.score}.`;
    status.dataset.ready = "true";
  },
  (error) => {
    status.textContent = `orderguard could not start: ${error.message}`;
    status.dataset.ready = "error";
  },
);
