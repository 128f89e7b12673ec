/** A photo: its URL and, where known, its size in pixels. A bare URL string is accepted too. */
export interface ListingImage {
  url: string;
  width?: number;
  height?: number;
}

export interface ListingDimensions {
  length: number;
  width: number;
  height: number;
  /** e.g. "cm", "mm", "in". */
  unit: string;
}

export interface ListingWeight {
  value: number;
  /** e.g. "kg", "g", "lb". */
  unit: string;
}

/** Any JSON value: what an attribute orderguard does not know may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A list of short texts: an array of strings or numbers, or one string separated by commas or semicolons. */
export type TextList = Array<string | number> | string;

export interface ListingAttributes {
  color?: string;
  sizes?: TextList;
  /** The size chart with how to measure, as text (or a link to the chart image). */
  sizeChart?: string;
  material?: string;
  care?: string;
  gender?: string;
  dimensions?: ListingDimensions;
  weight?: ListingWeight;
  includedItems?: TextList;
  voltage?: string;
  plugType?: string;
  warranty?: string;
  /** Attributes orderguard does not know are kept, never rejected. */
  [attribute: string]: JsonValue | ListingDimensions | ListingWeight | TextList | undefined;
}

export interface Listing {
  id?: string;
  title?: string;
  description?: string;
  /** A category id ("apparel", "shoes", "electronics", "home", "beauty", "toys", "generic"), a name in
   * Russian, Chinese or English ("Одежда", "服装"), or a marketplace path ("Apparel & Accessories > Shoes"). */
  category?: string;
  brand?: string;
  price?: number;
  /** The crossed-out price before the discount; 0 or absent for no discount. */
  oldPrice?: number;
  /** ISO 4217 code, e.g. "RUB" or "CNY". The Ozon discount-gap amounts apply to RUB (or no currency). */
  currency?: string;
  /** The first photo is the main photo. */
  images?: Array<ListingImage | string>;
  video?: string;
  attributes?: ListingAttributes;
  /** Where the item ships from, how, and how long delivery takes. */
  shipping?: string;
  /** The return terms. */
  returns?: string;
}

export type MarketplaceProfile = "ozon" | "generic";

export type ListingRuleCode =
  | "missing_title" | "title_too_long" | "title_all_caps" | "exaggerated_claim" | "short_description"
  | "unknown_category" | "missing_price" | "invalid_price" | "old_price_not_higher" | "discount_too_small"
  | "suspicious_discount" | "missing_main_image" | "too_few_images" | "low_resolution_image" | "missing_video"
  | "missing_sizes" | "missing_size_chart" | "missing_material" | "missing_care" | "missing_color"
  | "missing_gender" | "missing_dimensions" | "missing_weight" | "missing_included_items" | "missing_voltage"
  | "missing_plug_type" | "missing_warranty" | "missing_shipping_info" | "missing_return_info";

export interface CheckListingOptions extends CommonOptions {
  /** Whose thresholds apply; default "ozon". An unknown name throws (code "unknown_profile"). */
  profile?: MarketplaceProfile;
  /** Rules not to report (nor score). An unknown code throws (code "unknown_rule"). */
  disabledRules?: ListingRuleCode[];
}

/** "low" 0-39, "standard" 40-79, "high" 80-100. */
export type ListingLevel = "low" | "standard" | "high";

export interface ListingFinding extends Finding {
  code: ListingRuleCode;
}

export interface ListingReport {
  /** round(100 × 0.75^errors × 0.88^warnings × 0.97^info): fixing any finding raises it. */
  score: number;
  level: ListingLevel;
  /** Errors first, then warnings, then info. */
  findings: ListingFinding[];
  /** The category whose rules applied ("generic" for an unknown category). */
  category: string;
  /** The marketplace profile whose thresholds applied. */
  profile: MarketplaceProfile;
}

/** Checks one listing. Throws an `OrderguardError` naming the field when `listing` or `options` has the
 * wrong shape (e.g. `field === "price"` for a price given as a string); content problems are findings. */
export function checkListing(listing: Listing, options?: CheckListingOptions): ListingReport;
