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
  /** Listings by score: 0-9, 10-19, ..., 90-100. */
  byScore: number[];
  /** Listings per finding code. */
  byCode: Record<string, number>;
  rowErrors: number;
}

/** The whole report with every text rendered, as `CatalogReport.toJSON()` gives it. */
export interface CatalogReportData {
  format: Exclude<CatalogFormat, "auto">;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "gbk" | "gb18030" | "big5";
  /** About the whole file: `encoding_guessed` when a legacy code page was chosen from the bytes,
   * `rows_skipped` for headings above the header row and a template's filling hints, and one
   * `store_level_gap` per rule whose field the format has no column for (a Shopify product CSV: shipping,
   * returns, video), params `rule`, `listings`, `format`, the hint saying where the seller sets it. */
  notes: Finding[];
  /** Data rows read; each is in exactly one listing (`row`/`groupedRows`) or one row error. */
  rows: number;
  /** Lines that are not data: headings above the header row and a template's hint row. */
  skippedRows: number[];
  listings: CheckedListing[];
  rowErrors: RowError[];
  summary: CatalogSummary;
}

/** Options of the calls that render text: the check's own locale unless another is named. */
export interface RenderOptions {
  locale?: Locale;
}

/** Which listings `order` selects, and by which column it sorts them (ties stay in file order). */
export interface CatalogQuery {
  level?: ListingLevel | "all";
  /** Only listings with a finding of this code. */
  code?: string;
  /** Matched in the title, the id and the finding codes, ignoring case. */
  text?: string;
  sort?: "row" | "id" | "title" | "score" | "level" | "findings";
  descending?: boolean;
}

/**
 * A checked catalog, held compactly in the module's memory: per listing its row, id, title, score and
 * finding codes. Text is rendered only for what is asked for, in any locale, at most 50,000 items a
 * call (more throws `invalid_input`: ask for slices). `free()` releases it.
 */
export class CatalogReport {
  readonly format: Exclude<CatalogFormat, "auto">;
  readonly encoding: CatalogReportData["encoding"];
  readonly rows: number;
  readonly skippedRows: number[];
  readonly listingCount: number;
  readonly rowErrorCount: number;
  readonly summary: CatalogSummary;
  /** About the whole file: `encoding_guessed`, `rows_skipped`, and one `store_level_gap` per rule whose
   * field the format has no column for (params `rule`, `listings`, `format`; the hint says where to set it). */
  notes(options?: RenderOptions): Finding[];
  /** Listings `start..end` in file order (all by default). */
  listings(start?: number, end?: number, options?: RenderOptions): CheckedListing[];
  /** The listings at these indices, e.g. a window of what `order` gave. */
  listingsAt(indices: Uint32Array | number[], options?: RenderOptions): CheckedListing[];
  rowErrors(start?: number, end?: number, options?: RenderOptions): RowError[];
  /** The indices of the listings `query` selects, in its order. Throws for an unknown level, code or sort. */
  order(query?: CatalogQuery): Uint32Array;
  /**
   * The CSV export of items `start..end` (listings first, then row errors; all by default), one line
   * each. From 0 it starts with a byte-order mark and the header line, so consecutive slices make the file.
   */
  csv(start?: number, end?: number, options?: RenderOptions): string;
  /** Everything rendered; throws for a report of more than 50,000 listings and row errors. */
  toJSON(options?: RenderOptions): CatalogReportData;
  free(): void;
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
  /** Listings checked so far (they are checked a batch of 1,024 at a time). */
  readonly listingsChecked: number;
  free(): void;
}
