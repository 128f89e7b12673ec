// orderguard's order confirmation entry: <og-order-summary> (the address as the label reads, ship and
// arrival dates, the pickup point's holding period, the payment reminder, cancellation and return terms)
// and <og-delay-notice>, built into dist/orderguard-order.js (scripts/build-www.mjs):
//   <script type="module" src="/orderguard/dist/orderguard-order.js"></script>
// Same shared seller configuration as the other entries; a page loads one of them.
import "./components/start-checkout.js";
import { OrderSummaryElement } from "./components/order-summary.js";
import { DelayNoticeElement } from "./components/delay-notice.js";
import { configure, sellerConfig } from "./components/config.js";
import { checkoutRuntime, loadOrderguard } from "./components/runtime.js";

export { configure, sellerConfig, loadOrderguard, checkoutRuntime, OrderSummaryElement, DelayNoticeElement };
