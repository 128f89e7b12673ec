// orderguard's storefront entry, for the pages before the checkout (home, product, cart): one module,
// built into dist/orderguard-storefront.js like the checkout entry (scripts/build-www.mjs):
//   <script type="module" src="/orderguard/dist/orderguard-storefront.js"></script>
// It registers <og-delay-notice> (holidays and peaks ahead, on the seller's and the buyer's side) and
// <og-delivery-estimate> with its compact form (`compact`: "Ships in 1-2 working days. To Moscow: ..."),
// with the same shared seller configuration as the checkout. A page loads one orderguard entry: the
// checkout page the checkout entry, the order confirmation page orderguard-order.js.
import "./components/start-checkout.js";
import { DelayNoticeElement } from "./components/delay-notice.js";
import { DeliveryEstimateElement } from "./components/delivery-estimate.js";
import { rememberDestination, rememberedDestination } from "./components/delivery-estimate-compact.js";
import { configure, sellerConfig } from "./components/config.js";
import { checkoutRuntime, loadOrderguard } from "./components/runtime.js";

export {
  configure, sellerConfig, loadOrderguard, checkoutRuntime, DelayNoticeElement, DeliveryEstimateElement,
  rememberDestination, rememberedDestination,
};
