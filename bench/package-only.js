// The start-up bench's package-only page: instantiates the checkout package and validates one address.
import init, { validateAddress } from "/www/pkg/checkout/orderguard.js";

await init({ module_or_path: "/www/pkg/checkout/orderguard_bg.wasm" });
const engine = document.getElementById("engine");
engine.textContent = validateAddress({ country: "RU", region: "Москва", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "125009" }).verdict;
engine.dataset.ready = "true";
