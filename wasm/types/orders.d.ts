export type OrdersFormat = "auto" | "ozon-csv" | "ozon-xlsx" | "ozon-api-json" | "shopify-csv" | "csv" | "json";

/** Order fields a column can feed (the keys of `OrdersOptions.mapping`). */
export type OrderField =
  | "order_number" | "posting_number" | "accepted_at" | "ship_by" | "status" | "delivered_at"
  | "handed_over_at" | "cancelled_at" | "cancellation_initiator" | "cancellation_reason" | "product" | "sku"
  | "quantity" | "amount" | "currency" | "financial_status" | "fulfillment_status" | "payment_method"
  | "delivery_method" | "carrier" | "tracking_number" | "country" | "region" | "city" | "address_line1"
  | "address_line2" | "postal_code" | "recipient" | "phone" | "email" | "language" | "promised_by"
  | "arrived_at_pickup" | "warehouse";

export interface OrdersOptions extends CommonOptions {
  /** The moment the board is drawn for, RFC 3339 with an offset. orderguard reads no clock. */
  now: string;
  seller: {
    /** ISO 3166-1 alpha-2 of the warehouse: its working-day calendar. */
    country: string;
    /** IANA zone of the warehouse; the export's times without an offset are read on it. */
    timeZone: string;
    /** "HH:MM" (default "14:00"): an order accepted later starts its handling the next working day. */
    cutoff?: string;
    /** Working days of handling when the export gives no deadline (default 2). */
    handlingDays?: number | { min: number; max: number };
  };
  /** Default "auto": decided from the header row, or JSON. */
  format?: OrdersFormat;
  /** Default "auto"; as `CatalogOptions.encoding`. */
  encoding?: string;
  /** Field -> header text (or JSON key), replacing the built-in names of that field. */
  mapping?: Partial<Record<OrderField, string>>;
  /** Days a pickup point holds a parcel, replacing the carriers' own. */
  holdDays?: number;
  /** For the arrival estimate; default "air_mail". */
  method?: "air_mail" | "air_express" | "express";
  /** The seller's own transit range, hand-over to arrival. */
  transitDays?: { min: number; max: number };
}

export type OrderStatus = "open" | "shipped" | "at_pickup_point" | "delivered" | "cancelled" | "unknown";
export type DeadlineLevel = "overdue" | "due_today" | "due_next_working_day" | "on_track" | "none";
export type ActionCode =
  | "ship_now" | "confirm_address" | "delay_notice" | "pickup_reminder" | "payment_reminder" | "policy_reminder";

export interface OrderAction {
  code: ActionCode;
  /** "seller" for `ship_now`, else "buyer". */
  to: "buyer" | "seller";
  /** YYYY-MM-DD on the seller's calendar. */
  sendOn: string;
  /** The message's language: the buyer's (a language column, else the destination country's). */
  language: string;
  message: string;
}

export interface PickupHold {
  carrier: string;
  arrivedOn: string;
  lastDay: string;
  /** Negative once the last day has passed. */
  daysLeft: number;
  remindOn: string[];
  hold: { carrier: string; holdDays: number; source?: string; url?: string; verified: boolean };
}

export interface CheckedOrder {
  /** The posting number (Ozon), else the order number. */
  id: string;
  orderNumber?: string;
  /** The input lines (a JSON document's element numbers) the order was read from. */
  rows: number[];
  items: number;
  status: OrderStatus;
  statusLabel?: string;
  /** RFC 3339 on the seller's clock. */
  acceptedAt?: string;
  shipBy?: string;
  /** The seller's day the deadline falls on, YYYY-MM-DD (a deadline at midnight ends the day before). */
  shipByDay?: string;
  shipBySource?: "export" | "computed";
  deadline: { level: DeadlineLevel; workingDaysLeft?: number; hoursLeft?: number };
  handedOverAt?: string;
  late?: boolean;
  country?: string;
  address?: { verdict: "accept" | "confirm" | "fix"; issues: Finding[]; label: string[]; remote?: unknown };
  arrival?: { earliest: string; latest: string; promised?: string; atRisk: boolean; transitSource: string };
  pickup?: PickupHold;
  tracking?: TrackingNumberResult;
  payOnReceipt: boolean;
  language: string;
  findings: Finding[];
  actions: OrderAction[];
}

export interface OrdersThreshold {
  marketplace: string;
  scheme: "fbs" | "rfbs" | "all";
  metric: "late_handover_share" | "seller_cancellation_share" | "error_index";
  level: "warning" | "fee" | "block";
  share: number;
  windowDays?: number;
  feePercent?: number;
  feeMinRub?: number;
  feeMaxRub?: number;
  consequence: string;
  source: string;
  url?: string;
  verified: boolean;
  note?: string;
  /** Whether the seller's 14-day share reaches it; null when that share is unknown. */
  reached: boolean | null;
}

export interface OrdersRowError {
  line: number;
  code: string;
  severity: Severity;
  message: string;
}

export interface OrdersSummary {
  orders: number;
  open: number;
  overdue: number;
  dueToday: number;
  dueNextWorkingDay: number;
  addressesToConfirm: number;
  pickupsExpiring: number;
  actions: number;
  lateHandoverShare14d: number | null;
  sellerCancellationShare14d: number | null;
  record14d: { due: number; late: number; accepted: number; sellerCancelled: number; cancelledByUnknown: number };
  /** Ozon's thresholds, for Ozon exports. */
  thresholds: OrdersThreshold[];
  byStatus: Partial<Record<OrderStatus, number>>;
  byCode: Record<string, number>;
  /**
   * Open orders per day of `workingDays`, by the working day they must leave on: an overdue deadline
   * counts on today, one on a day off on the working day before it; later deadlines are not counted.
   */
  deadlinesPerDay: number[];
}

/** The whole report with every text rendered, as `OrdersReport.toJSON()` gives it. */
export interface OrdersReportData {
  format: OrdersFormat;
  encoding: string | null;
  encodingGuessed: boolean;
  headerRow: number | null;
  rows: number;
  skippedRows: number[];
  /** The seller's date at `now`. */
  today: string;
  /** Today and the seller's next ten working days (fewer over a long holiday break): a chart's days. */
  workingDays: string[];
  /** Every order, in the order of its first row. */
  orders: CheckedOrder[];
  /** Every row that is no order, by line. */
  rowErrors: OrdersRowError[];
  summary: OrdersSummary;
  /** Whether Ozon's report status labels come from a verified list. */
  statusLabelsVerified: boolean;
}

/** Which orders `order` selects, and by which column it sorts them (ties stay in file order). */
export interface OrdersQuery {
  level?: DeadlineLevel | "all";
  /**
   * Matched, ignoring case, in the order and posting numbers, the export's status label, the finding
   * codes and messages.
   */
  text?: string;
  /** Orders of these statuses match `text` too (a page matching its own names for the statuses). */
  statuses?: OrderStatus[];
  /** Default "level": the most urgent first, then the nearer deadline. */
  sort?: "order" | "status" | "shipBy" | "level";
  descending?: boolean;
}

/** An open order's deadline, for the seller's calendar. */
export interface OpenDeadline {
  id: string;
  orderNumber?: string;
  /** RFC 3339 on the seller's clock. */
  shipBy: string;
  /** The seller's day it falls on. */
  shipByDay: string;
}

/**
 * A checked orders export, held in the module's memory (a 100,000-order report would be some 70 MB as
 * JS objects): the headline as properties, the orders and row errors in windows of at most 50,000 a
 * call (more throws `invalid_input`: ask for slices), the table's order and the exports computed here.
 * `free()` releases it.
 */
export class OrdersReport {
  readonly format: OrdersReportData["format"];
  readonly encoding: string | null;
  readonly encodingGuessed: boolean;
  readonly headerRow: number | null;
  readonly rows: number;
  readonly skippedRows: number[];
  readonly today: string;
  readonly workingDays: string[];
  readonly summary: OrdersSummary;
  readonly statusLabelsVerified: boolean;
  readonly orderCount: number;
  readonly rowErrorCount: number;
  /** Orders `start..end` in file order (all by default). */
  orders(start?: number, end?: number): CheckedOrder[];
  /** The orders at these indices, e.g. a window of what `order` gave. */
  ordersAt(indices: Uint32Array | number[]): CheckedOrder[];
  rowErrors(start?: number, end?: number): OrdersRowError[];
  /** The indices of the orders `query` selects, in its order. Throws for an unknown level, status or sort. */
  order(query?: OrdersQuery): Uint32Array;
  /**
   * Every action as CSV (order, posting, action, to, send_on, language, text), in send-on order, CRLF
   * line ends, starting with a byte-order mark so that Excel reads Cyrillic and Chinese as UTF-8.
   */
  actionsCsv(): string;
  /** The open orders with a deadline, in file order. */
  openDeadlines(): OpenDeadline[];
  /** Everything as one object; throws for a report of more than 50,000 orders and row errors. */
  toJSON(): OrdersReportData;
  free(): void;
}

/** Checks a whole orders export. Throws `OrderguardError` for options or a file it cannot read. */
export function checkOrders(data: Uint8Array | ArrayBuffer | string, options: OrdersOptions): OrdersReport;

/** An orders check fed in chunks; gives the same report as `checkOrders` whatever the chunks. */
export class OrdersChecker {
  free(): void;
  constructor(options: OrdersOptions & { totalBytes?: number });
  push(chunk: Uint8Array | ArrayBuffer | string): void;
  finish(): OrdersReport;
  /** 0 to 1 (bytes pushed over `totalBytes`); 1 once finished. */
  readonly progress: number;
  readonly bytesSeen: number;
  readonly rowsRead: number;
}

export interface TrackingNumberResult {
  input: string;
  normalized: string;
  /** null: not a format orderguard knows, or one whose check digit it cannot check. */
  valid: boolean | null;
  kind: "upu_s10" | "russian_post" | "ozon_posting" | "unknown";
  country?: string;
  service?: string;
  serviceVerified?: boolean;
  findings: Finding[];
}

/** Checks one tracking number by format and check digit. */
export function checkTrackingNumber(text: string, options?: CommonOptions): TrackingNumberResult;

/** One result per address, each equal to `validateAddress` on it. */
export function validateAddresses(addresses: Address[], options?: CommonOptions): AddressValidation[];
