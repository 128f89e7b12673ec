// Types of the order confirmation page's entry (orderguard-order.js): <og-order-summary> and
// <og-delay-notice>. The elements' and the configuration's types live in orderguard-checkout.d.ts, which
// also adds them to HTMLElementTagNameMap.
export type * from "./orderguard-checkout.js";
export {
  configure, sellerConfig, loadOrderguard, checkoutRuntime, OrderSummaryElement, DelayNoticeElement,
} from "./orderguard-checkout.js";
