// orderguard's checkout entry: one module a storefront embeds with a single tag, no bundler. Pages load
// its built form, the entry and its components in one minified file (scripts/build-www.mjs):
//   <script type="module" src="/orderguard/dist/orderguard-checkout.js"></script>
// It registers <og-address-form>, <og-delivery-estimate> and <og-return-policy>, shares one seller
// configuration between them, and lets the buyer's address drive the other two (see docs/embedding.md).
// The wasm module is fetched and instantiated once, when the first element needs it.
import "./components/start-checkout.js";
import { OgAddressForm } from "./components/address-form.js";
import { DeliveryEstimateElement } from "./components/delivery-estimate.js";
import { ReturnPolicyElement } from "./components/return-policy.js";
import { configure, sellerConfig } from "./components/config.js";
import { checkoutRuntime, loadOrderguard } from "./components/runtime.js";

export { configure, sellerConfig, loadOrderguard, checkoutRuntime, OgAddressForm, DeliveryEstimateElement, ReturnPolicyElement };

// The buyer's address decides where the parcel goes and which law's return minimum applies. Elements that
// set `destination-country` / `market` themselves (attribute `linked="false"`) keep their own.
document.addEventListener("og-address-change", (event) => {
  const { address } = event.detail;
  const destination = { destinationCountry: address.country, postalCode: address.postalCode ?? "", region: address.region ?? "" };
  for (const estimate of document.querySelectorAll("og-delivery-estimate:not([linked=false])")) {
    // Each property set re-estimates: set only what changed.
    for (const [key, value] of Object.entries(destination)) if (estimate[key] !== value) estimate[key] = value;
  }
  for (const policy of document.querySelectorAll("og-return-policy:not([linked=false])")) {
    if (policy.market !== address.country) policy.market = address.country;
  }
});
