export type CatalogFormat = "auto" | "ozon-xlsx" | "ozon-csv" | "shopify-csv" | "csv" | "json";

/**
 * "auto" (detect), or an encoding's WHATWG name. Labels the Encoding Standard maps to these are accepted
 * too ("cp1251", "cp936", "gb2312", "cp950"...); an unknown name throws `unknown_encoding`.
 */
export type CatalogEncoding =
  | "auto"
  | "utf-8"
  | "utf-16le"
  | "utf-16be"
  | "windows-1251"
  | "gbk"
  | "gb18030"
  | "big5"
  | (string & {});

/** Listing fields (and column roles) a column can feed. */
export type CatalogField =
  | "key" | "id" | "title" | "description" | "category" | "brand" | "price" | "oldPrice" | "currency"
  | "images" | "video" | "color" | "sizes" | "sizeChart" | "material" | "care" | "gender" | "weightGrams"
  | "lengthMm" | "widthMm" | "heightMm" | "includedItems" | "voltage" | "plugType" | "warranty" | "shipping"
  | "returns" | "option1Name" | "option1Value" | "option2Name" | "option2Value" | "option3Name" | "option3Value";

export interface CatalogOptions extends CommonOptions {
  /** Default "auto": decided from the header row (or JSON). */
  format?: CatalogFormat;
  /** Default "auto": a byte-order mark, UTF-8 validity, else Windows-1251. */
  encoding?: CatalogEncoding;
  /** Field -> header text; replaces the built-in header names of that field. */
  mapping?: Partial<Record<CatalogField, string>>;
  profile?: "ozon" | "generic";
  disabledRules?: string[];
}

export interface CatalogStreamOptions extends CatalogOptions {
  /** The input's size in bytes (`File.size`), for `progress`. */
  totalBytes?: number;
}

export interface CheckedListing {
  /** 1-based line the listing starts on (XLSX: Excel row; JSON array: position in the array). */
  row: number;
  /** Further rows folded into this listing (Shopify variants and extra images). */
  groupedRows?: number[];
  id: string | null;
  title: string | null;
  score: number;
  level: ListingLevel;
  findings: Finding[];
}

export type RowErrorCode =
  | "broken_quoting" | "unterminated_quote" | "wrong_column_count" | "row_too_long" | "invalid_number"
  | "invalid_listing";

export interface RowError {
  row: number;
  code: RowErrorCode;
  message: string;
}

export interface CatalogSummary {
  listings: number;
  /** One decimal; null without listings. */
  meanScore: number | null;
  byLevel: { low: number; standard: number; high: number };
  /** Listings per finding code. */
  byCode: Record<string, number>;
  rowErrors: number;
}

export interface CatalogReport {
  format: Exclude<CatalogFormat, "auto">;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "gbk" | "gb18030" | "big5";
  /** About the whole file: `encoding_guessed` when a legacy code page was chosen from the bytes. */
  notes: Finding[];
  /** Data rows read; each is in exactly one listing (`row`/`groupedRows`) or one row error. */
  rows: number;
  listings: CheckedListing[];
  rowErrors: RowError[];
  summary: CatalogSummary;
}

/**
 * Checks a whole catalog. Throws an `OrderguardError` for a file that is not a catalog ("empty_catalog",
 * "not_a_catalog", "not_text", "not_listings_json", "missing_columns", or an "xlsx_..." code for a workbook
 * that cannot be read) or for bad options.
 */
export function checkCatalog(data: Uint8Array | ArrayBuffer | string, options?: CatalogOptions): CatalogReport;

/** The same check fed in chunks; `finish()` returns what `checkCatalog` returns for the whole input. */
export class CatalogChecker {
  constructor(options?: CatalogStreamOptions);
  push(chunk: Uint8Array | ArrayBuffer | string): void;
  finish(): CatalogReport;
  /** 0 to 1: bytes pushed over `totalBytes` (0 without it); 1 once finished. */
  readonly progress: number;
  readonly bytesSeen: number;
  readonly listingsChecked: number;
  free(): void;
}
