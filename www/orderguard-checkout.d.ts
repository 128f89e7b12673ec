// Types of the checkout entry (orderguard-checkout.js) and its three elements, of the storefront pages'
// elements (<og-delay-notice>, the compact estimate: orderguard-storefront.js) and the order page's
// (<og-order-summary>: orderguard-order.js), whose entries' own types are orderguard-storefront.d.ts and
// orderguard-order.d.ts, and of the two seller elements (components/listing-check.js,
// components/catalog-check.js, over the seller package). The wasm functions' own types are generated
// into pkg/*/orderguard.d.ts from wasm/types/*.d.ts.
import type * as Orderguard from "./pkg/checkout/orderguard.js";
import type {
  Address,
  AddressValidation,
  DayRange,
  DelayNotice,
  DeliveryEstimate,
  LastMile,
  OrderguardError,
  ReturnCategory,
  ReturnPolicy,
  SellerReturnTerms,
  ShippingMethod,
} from "./pkg/checkout/orderguard.js";

import type { CatalogReport, Listing, ListingReport, MarketplaceProfile } from "./pkg/seller/orderguard.js";

export type * from "./pkg/checkout/orderguard.js";

/** The wasm module's exports, once instantiated; one instance per page. */
export type OrderguardModule = typeof Orderguard;

/**
 * Resolves when the module is instantiated; every call shares one fetch and one instance. A call that traps
 * (a `WebAssembly.RuntimeError`) throws an `OrderguardError` with `code: "internal_error"`, `field: ""` and a
 * localized message instead, and the next call runs on a fresh instance (the wasm is not fetched again).
 */
export function loadOrderguard(): Promise<OrderguardModule>;

/** The runtime behind `loadOrderguard`. */
export const checkoutRuntime: {
  load(): Promise<OrderguardModule>;
  /** Whether a call now runs at once: false before the first load and while a fresh instance loads. */
  readonly ready: boolean;
  /** The live instance's exports, or null while none is ready. */
  readonly instance: OrderguardModule | null;
};

/** The seller's settings, shared by every element on the page. Every key is optional. */
export interface SellerConfig {
  /** Language of the elements ("en", "ru", "zh"; "de", "pt" for the return policy), over the page's `lang`. */
  locale?: string;
  /** Countries the address form offers, ISO 3166-1 alpha-2. */
  countries?: string[];
  /** Where and when parcels leave. */
  origin?: {
    country?: string;
    /** IANA time zone of the warehouse, e.g. "Asia/Shanghai". */
    timeZone?: string;
    /** Daily cutoff on the warehouse clock, "HH:MM". */
    cutoff?: string;
    /** Handling time in working days: 2, "1-2" or { min, max }. */
    handlingDays?: number | string | DayRange;
  };
  /** Shipping methods offered, in display order. */
  methods?: ShippingMethod[];
  /** The method chosen at first. */
  method?: ShippingMethod;
  /** Last mile: a pickup point or a courier. */
  delivery?: LastMile;
  /** The seller's own transit range, "12-20" or { min, max }; replaces the built-in table. */
  transitDays?: string | DayRange;
  /** Product category for the statutory return rules. */
  category?: ReturnCategory | string;
  /** Whether the return terms reach the buyer in writing with the delivery (default true). */
  termsGivenInWriting?: boolean;
  /** The seller's return terms on top of the law. */
  returnTerms?: SellerReturnTerms;
  /** Days a pickup point holds a parcel before it goes back (7 at Ozon's); the order summary states it. */
  pickupHoldDays?: number | null;
}

/** Merges into the shared configuration (origin and returnTerms one level deep); every element re-renders. */
export function configure(config: SellerConfig): SellerConfig;
/** The configuration in force (from configure() or the `#orderguard-config` JSON block). */
export function sellerConfig(): SellerConfig;

export interface AddressChangeDetail {
  /** The address as typed, with the postal code normalized when it could be. */
  address: Address;
  result: AddressValidation;
  confirmed: boolean;
}

export interface DeliveryChangeDetail {
  method: ShippingMethod;
  estimate: DeliveryEstimate | null;
  estimates: Partial<Record<ShippingMethod, DeliveryEstimate>>;
  error: OrderguardError | null;
}

export type ReturnPolicyDetail = { policy: ReturnPolicy; error?: undefined } | { policy?: undefined; error: OrderguardError };

/** `<og-address-form>`: form-associated; the form cannot submit an address that must be fixed or confirmed. */
export class OgAddressForm extends HTMLElement {
  static readonly formAssociated: true;
  /** Attribute `country`: ISO 3166-1 alpha-2, default "RU". */
  country: string;
  /** Attribute `locale`: "en" | "ru" | "zh"; reads back the language in use. */
  locale: string;
  /** The address as typed; setting it fills the form and validates. */
  value: Address;
  readonly result: AddressValidation | null;
  readonly confirmed: boolean;
  /** Confirms the address as the label prints it (what the confirm button does). */
  confirm(): void;
}

/** `<og-delivery-estimate>`: form-associated; submits the chosen method under its `name`. */
export class DeliveryEstimateElement extends HTMLElement {
  static readonly formAssociated: true;
  /** Attribute `origin-country`. */
  originCountry: string;
  /** Attribute `time-zone`. */
  timeZone: string;
  /** Attribute `cutoff`, "HH:MM". */
  cutoff: string;
  /** Attribute `handling-days`, "1" or "1-2". */
  handlingDays: string;
  /** Attribute `destination-country`; follows the address form unless `linked="false"`. */
  destinationCountry: string;
  /** Attribute `postal-code`. */
  postalCode: string;
  /** Attribute `region`. */
  region: string;
  /** Attribute `delivery`. */
  delivery: LastMile | string;
  /** Attribute `methods`, space-separated. */
  methods: string;
  /** Attribute `method`, the chosen one. */
  method: ShippingMethod | string;
  /** Attribute `transit-days`, "min-max". */
  transitDays: string;
  /** Attribute `locale`. */
  locale: string;
  /** A fixed clock (Date, time string or ms); null reads the page's clock. */
  now: Date | string | number | null;
  readonly estimate: DeliveryEstimate | null;
  readonly estimates: Partial<Record<ShippingMethod, DeliveryEstimate>>;
  /**
   * Attribute `compact` (with `destination-name`, the place shown): the product pages' one- or two-line
   * form, drawn when components/delivery-estimate-compact.js is loaded (orderguard-storefront.js loads it).
   * Set by that module: the renderer of the compact form.
   */
  static compact: ((element: DeliveryEstimateElement, estimate: DeliveryEstimate | null, error: OrderguardError | null, locale: string) => void) | null;
}

/** Where the buyer said the parcel goes, remembered for the session by the compact estimate. */
export interface DestinationChoice {
  country: string;
  city?: string;
  postalCode?: string;
  region?: string;
}

export interface DelayNoticesDetail {
  notices: DelayNotice[];
  error: OrderguardError | null;
}

/** `<og-delay-notice>`: holidays and peaks ahead on the seller's and the buyer's side; nothing when none. */
export class DelayNoticeElement extends HTMLElement {
  /** Attribute `origin-country`; else config `origin.country`. */
  originCountry: string;
  /** Attribute `time-zone`; else config `origin.timeZone`. */
  timeZone: string;
  /** Attribute `handling-days`, "1" or "1-2"; else config `origin.handlingDays`. */
  handlingDays: string;
  /** Attribute `destination-country`; else the buyer's address on the page; else none (the seller's side). */
  destinationCountry: string;
  /** Attribute `days-ahead`, 1 to 366 (default 21). */
  daysAhead: string;
  /** Attribute `locale`; reads back the language in use. */
  locale: string;
  /** A fixed clock (Date, time string or ms); null reads the page's clock. */
  now: Date | string | number | null;
  /** The notices of the last update, [] when none. */
  readonly notices: DelayNotice[];
  /** Whether the buyer closed the banner for these notices in this session. */
  readonly dismissed: boolean;
  /** Closes the banner for the session, as its close button does. */
  dismiss(): void;
}

/** What the order summary shows: the shapes the checkout elements submit. */
export interface OrderSummaryOrder {
  address: Address;
  /** RFC 3339 with an offset, or a Date. */
  orderedAt: string | Date;
  method?: ShippingMethod;
  delivery?: LastMile;
  payment?: "prepaid" | "on_delivery";
}

export interface OrderSummaryDetail {
  validation: AddressValidation | null;
  estimate: DeliveryEstimate | null;
  policy: ReturnPolicy | null;
  errors: OrderguardError[];
}

export interface AddressConfirmDetail {
  address: Address;
  normalized: AddressValidation["normalized"];
  label: string[];
}

/** `<og-order-summary>`: the order confirmation page's restatement of the order. */
export class OrderSummaryElement extends HTMLElement {
  order: OrderSummaryOrder | null;
  /** Whether the buyer said the address is correct since the order was set. */
  readonly confirmed: boolean;
  /** Attribute `locale`; reads back the language in use. */
  locale: string;
}

/** `<og-return-policy>`: the buyer's return rights, the seller's terms on top. */
export class ReturnPolicyElement extends HTMLElement {
  /** Attribute `market`; follows the address form's country unless `linked="false"`. */
  market: string;
  /** Attribute `delivered-on`, "YYYY-MM-DD". */
  deliveredOn: string | null;
  /** Attribute `category`. */
  category: ReturnCategory | string | null;
  /** Attribute `terms-given-in-writing`. */
  termsGivenInWriting: boolean;
  /** Attributes `seller-*`, else the configuration's `returnTerms`. */
  seller: SellerReturnTerms;
  /** Attribute `locale`. */
  locale: string;
  readonly policy: ReturnPolicy | null;
}

export interface ListingChangeDetail {
  listing: Listing;
  /** Null when the listing could not be checked; `error` says why. */
  report: ListingReport | null;
  error: OrderguardError | null;
}

export interface CatalogChangeDetail {
  /** Null when the file could not be checked; `error` says why. */
  report: CatalogReport | null;
  error: OrderguardError | null;
}

export interface CatalogProgressDetail {
  /** 0 to 1. */
  progress: number;
  listingsChecked: number;
}

/** `<og-listing-check>` (components/listing-check.js): checks one listing as the seller types. */
export class ListingCheck extends HTMLElement {
  /** Attribute `locale`: "en" | "ru" | "zh"; reads back the language in use. */
  locale: string;
  /** Attribute `profile`, default "ozon". */
  profile: MarketplaceProfile | string;
  /** The listing the form describes; setting it fills the form and checks. */
  listing: Listing;
  readonly report: ListingReport | null;
}

/** `<og-catalog-check>` (components/catalog-check.js): checks a whole catalog file in a worker. */
export class CatalogCheck extends HTMLElement {
  /** The last report, or null. */
  report: CatalogReport | null;
  /** What the settings say: format, encoding ("auto" or a name), column mapping, locale. */
  readonly options: { format: string; encoding: string; mapping: Record<string, string>; locale: string };
  /** Checks a file, as dropping it does. */
  check(file: Blob): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "og-address-form": OgAddressForm;
    "og-delivery-estimate": DeliveryEstimateElement;
    "og-return-policy": ReturnPolicyElement;
    "og-delay-notice": DelayNoticeElement;
    "og-order-summary": OrderSummaryElement;
    "og-listing-check": ListingCheck;
    "og-catalog-check": CatalogCheck;
  }
  interface HTMLElementEventMap {
    "og-address-change": CustomEvent<AddressChangeDetail>;
    "og-delivery-change": CustomEvent<DeliveryChangeDetail>;
    "og-return-policy": CustomEvent<ReturnPolicyDetail>;
    "og-delay-notices": CustomEvent<DelayNoticesDetail>;
    "og-delay-dismiss": CustomEvent<{ notices: DelayNotice[] }>;
    "og-order-summary": CustomEvent<OrderSummaryDetail>;
    "og-address-confirm": CustomEvent<AddressConfirmDetail>;
    "og-address-change-request": CustomEvent<{ address: Address }>;
    "og-listing-change": CustomEvent<ListingChangeDetail>;
    "og-catalog-change": CustomEvent<CatalogChangeDetail>;
    "og-catalog-progress": CustomEvent<CatalogProgressDetail>;
  }
  interface DocumentEventMap {
    "og-address-change": CustomEvent<AddressChangeDetail>;
    "og-delivery-change": CustomEvent<DeliveryChangeDetail>;
    "og-return-policy": CustomEvent<ReturnPolicyDetail>;
    "og-delay-notices": CustomEvent<DelayNoticesDetail>;
    "og-delay-dismiss": CustomEvent<{ notices: DelayNotice[] }>;
    "og-order-summary": CustomEvent<OrderSummaryDetail>;
    "og-address-confirm": CustomEvent<AddressConfirmDetail>;
    "og-address-change-request": CustomEvent<{ address: Address }>;
    "og-listing-change": CustomEvent<ListingChangeDetail>;
    "og-catalog-change": CustomEvent<CatalogChangeDetail>;
    "og-catalog-progress": CustomEvent<CatalogProgressDetail>;
    "og-config-change": CustomEvent<{ config: SellerConfig }>;
    "og-destination-change": CustomEvent<DestinationChoice>;
  }
}
