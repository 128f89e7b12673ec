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
