export interface Address {
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: string;
  city?: string;
  district?: string;
  addressLine1?: string;
  addressLine2?: string;
  postalCode?: string;
  recipient?: string;
  organization?: string;
  phone?: string;
}

/** The address with every field cleaned: absent and blank fields are `null`. */
export interface NormalizedAddress {
  country: string;
  region: string | null;
  city: string | null;
  district: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  recipient: string | null;
  organization: string | null;
  phone: string | null;
}

/** "fix": an issue is an error; "confirm": an issue is a warning; "accept": nothing to say. */
export type Verdict = "accept" | "confirm" | "fix";

export type AddressIssueCode =
  | "missing_required"
  | "invalid_postal_code"
  | "postal_code_region_mismatch"
  | "unknown_region"
  | "unknown_city"
  | "unknown_district"
  | "unsupported_country"
  | "missing_house_number"
  | "suspicious_value"
  | "remote_area"
  | "invalid_phone"
  | "landline_phone";

export interface AddressIssue extends Finding {
  code: AddressIssueCode;
  /** The address field the issue is about ("postalCode", "region", "country", ...). */
  field: keyof Address;
}

export interface RemoteDestination {
  /** The area's code, e.g. "RU-KAM" or "RU-KYA-NORILSK". */
  code: string;
  /** Extra transit days the area typically adds. */
  extraDays: { min: number; max: number };
}

export interface AddressValidation {
  verdict: Verdict;
  issues: AddressIssue[];
  normalized: NormalizedAddress;
  /** The address as the parcel label prints it, in the country's order, the country last. */
  label: string[];
  /** ISO 3166-2 code of the region, e.g. "RU-KGD"; null when unknown. */
  regionCode: string | null;
  remote: RemoteDestination | null;
}

/** Throws an `OrderguardError` when `address` is not an address object or a field has the wrong type. */
export function validateAddress(address: Address, options?: CommonOptions): AddressValidation;

export interface AddressFormField {
  field: keyof Address;
  required: boolean;
  /** What the country calls the field, in Google's terms: "oblast", "state", "province", "zip",
   *  "postal", "pin", "city", "post_town", "district", "suburb", "neighborhood"...; null for one name. */
  kind: string | null;
}

export interface AddressForm {
  country: string;
  /** The fields in the order the country's label prints them, then the phone. */
  fields: AddressFormField[];
  postalExample: string | null;
  /**
   * For the countries whose regions are not in the package (the United States, Canada, Japan, Mexico,
   * Australia and some forty more): their region file beside the package, "regions/US.tsv". Fetch it
   * (same origin) and give its text to `loadAddressRegions`; from then on the region is checked by name
   * and against the postal code. For China, "regions/CN.tsv": its provinces' cities and districts, which
   * `loadAddressRegions` takes the same way (then `unknown_city` and `unknown_district`).
   */
  regionsFile?: string;
  /**
   * For every country outside the six main markets: "phones.tsv" beside the package, the numbering plans
   * (libphonenumber's). Fetch it and give its text to `loadPhonePlans`; until then a phone of such a
   * country is taken when it has a plausible length.
   */
  phonePlansFile?: string;
}

/** The address form of a country (ISO 3166-1 alpha-2), or null for an unknown country. */
export function addressForm(country: string): AddressForm | null;

/**
 * Takes a country's region file (its text); returns how many regions the country has. Loading a country
 * again keeps the first file. Throws `no_regions_file` (`field: "country"`) for a country without one,
 * `invalid_data_file` (`field: "file"`, `params` line and column) for a file that is not the package's.
 */
export function loadAddressRegions(country: string, file: string): number;

/** Takes `phones.tsv` (its text); returns how many countries it has. A second load keeps the first. */
export function loadPhonePlans(file: string): number;
