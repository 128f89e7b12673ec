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

export type Verdict = "accept" | "confirm" | "fix";

export interface AddressValidation {
  verdict: Verdict;
  issues: Finding[];
}

/** Throws an `OrderguardError` when `address` is not an address object. */
export function validateAddress(address: Address, options?: CommonOptions): AddressValidation;
