// Types of the checkout entry (orderguard-checkout.js) and its three elements, and of the two seller
// elements (components/listing-check.js, components/catalog-check.js, over the seller package). The wasm
// functions' own types are generated into pkg/*/orderguard.d.ts from wasm/types/*.d.ts.
import type * as Orderguard from "./pkg/checkout/orderguard.js";
import type {
  Address,
  AddressValidation,
  DayRange,
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
    "og-listing-check": ListingCheck;
    "og-catalog-check": CatalogCheck;
  }
  interface HTMLElementEventMap {
    "og-address-change": CustomEvent<AddressChangeDetail>;
    "og-delivery-change": CustomEvent<DeliveryChangeDetail>;
    "og-return-policy": CustomEvent<ReturnPolicyDetail>;
    "og-listing-change": CustomEvent<ListingChangeDetail>;
    "og-catalog-change": CustomEvent<CatalogChangeDetail>;
    "og-catalog-progress": CustomEvent<CatalogProgressDetail>;
  }
  interface DocumentEventMap {
    "og-address-change": CustomEvent<AddressChangeDetail>;
    "og-delivery-change": CustomEvent<DeliveryChangeDetail>;
    "og-return-policy": CustomEvent<ReturnPolicyDetail>;
    "og-listing-change": CustomEvent<ListingChangeDetail>;
    "og-catalog-change": CustomEvent<CatalogChangeDetail>;
    "og-catalog-progress": CustomEvent<CatalogProgressDetail>;
    "og-config-change": CustomEvent<{ config: SellerConfig }>;
  }
}
