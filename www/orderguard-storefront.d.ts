// Types of the storefront pages' entry (orderguard-storefront.js): <og-delay-notice> and the compact
// <og-delivery-estimate>. The elements' and the configuration's types live in orderguard-checkout.d.ts,
// which also adds them to HTMLElementTagNameMap.
import type { DestinationChoice } from "./orderguard-checkout.js";

export type * from "./orderguard-checkout.js";
export {
  configure, sellerConfig, loadOrderguard, checkoutRuntime, DelayNoticeElement, DeliveryEstimateElement,
} from "./orderguard-checkout.js";

/** The buyer's destination for this session (sessionStorage), or null. */
export function rememberedDestination(): DestinationChoice | null;
/** Remembers the buyer's destination for the session; every compact estimate on the page re-estimates. */
export function rememberDestination(choice: DestinationChoice): void;
