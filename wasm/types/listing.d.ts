export interface ListingImage {
  url: string;
  width?: number;
  height?: number;
}

export interface Listing {
  id?: string;
  title?: string;
  description?: string;
  category?: string;
  brand?: string;
  price?: number;
  oldPrice?: number;
  currency?: string;
  images?: ListingImage[];
  video?: string;
  attributes?: Record<string, unknown>;
  shipping?: string;
  returns?: string;
}

export interface CheckListingOptions extends CommonOptions {
  profile?: "ozon" | "generic";
  disabledRules?: string[];
}

export type ListingLevel = "low" | "standard" | "high";

export interface ListingReport {
  score: number;
  level: ListingLevel;
  findings: Finding[];
}

/** Throws an `OrderguardError` naming the field when `listing` has the wrong shape. */
export function checkListing(listing: Listing, options?: CheckListingOptions): ListingReport;
