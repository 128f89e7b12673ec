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
