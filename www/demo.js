// The checkout demo page.
import { loadOrderguard } from "./components/runtime.js";
import "./components/delivery-estimate.js";

const status = document.getElementById("engine");
loadOrderguard().then(
  (og) => {
    const result = og.validateAddress({ country: "RU", postalCode: "125009" }, { locale: document.documentElement.lang });
    status.textContent = `orderguard is running: a Moscow address is "${result.verdict}".`;
    status.dataset.ready = "true";
  },
  (error) => {
    status.textContent = `orderguard could not start: ${error.message}`;
    status.dataset.ready = "error";
  },
);
