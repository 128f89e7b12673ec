// A storefront's and a seller tool's code against the shipped declarations: if a declaration drifts
// from what the documentation promises, this stops compiling under `tsc --strict`.
import type { CatalogEncoding, CatalogReport } from "../../www/pkg/seller/orderguard.js";
import type * as Checkout from "../../www/pkg/checkout/orderguard.js";
import type { OrdersReport } from "../../www/pkg/orders/orderguard.js";
import type { checkoutRuntime } from "../../www/orderguard-checkout.js";
import type { rememberedDestination } from "../../www/orderguard-storefront.js";
import type { OrderSummaryOrder, configure as configureOrder } from "../../www/orderguard-order.js";

export function encodingLine(report: CatalogReport): string {
  const guessed = report.notes().find((note) => note.code === "encoding_guessed");
  const chosen: CatalogEncoding = report.encoding;
  return guessed ? `${chosen}: ${guessed.message}` : chosen;
}

export function overdueMessages(report: OrdersReport): string[] {
  const first = report.ordersAt(report.order({ level: "overdue", sort: "shipBy" }).subarray(0, 50));
  const due = report.summary.deadlinesPerDay[0] ?? 0;
  return first.flatMap((o) => o.actions.map((a) => `${o.shipByDay ?? report.today} ${due} ${a.sendOn} ${a.language}: ${a.message}`));
}

export function provisions(policy: Checkout.ReturnPolicy): string[] {
  const bases = [policy.legalBasis, policy.refundBasis, policy.returnShippingBasis.changedMind];
  return bases.filter((b) => b !== null).map((b) => `${b.article}${b.verified ? "" : " (unverified)"}`);
}

export function shipLine(estimate: Checkout.DeliveryEstimate): string {
  return `${estimate.shipBy} ${estimate.earliest}-${estimate.latest} ${estimate.cutoff.minutesLeft}`;
}

export async function verdictOf(runtime: typeof checkoutRuntime, address: Checkout.Address): Promise<string> {
  const og = runtime.ready && runtime.instance ? runtime.instance : await runtime.load();
  return og.validateAddress(address).verdict;
}

export function bannerLines(banner: HTMLElementTagNameMap["og-delay-notice"]): string[] {
  banner.now = "2027-01-25T10:00:00+08:00";
  return banner.dismissed ? [] : banner.notices.map((n) => `${n.side} ${n.code} ${n.from}..${n.to}: ${n.message}`);
}

export function placeOf(remembered: typeof rememberedDestination): string {
  return remembered()?.city ?? remembered()?.country ?? "";
}

export function summarize(summary: HTMLElementTagNameMap["og-order-summary"], configure: typeof configureOrder): void {
  configure({ pickupHoldDays: 7 });
  const order: OrderSummaryOrder = {
    address: { country: "RU", city: "Москва", postalCode: "125009" },
    orderedAt: new Date(),
    method: "air_express",
    delivery: "pickup_point",
    payment: "on_delivery",
  };
  summary.order = order;
  summary.addEventListener("og-address-confirm", (e) => console.log(e.detail.normalized.postalCode, summary.confirmed));
}
