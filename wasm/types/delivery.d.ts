/** A civil date, "YYYY-MM-DD". */
export type IsoDate = string;

/** A span of whole days. */
export interface DayRange {
  min: number;
  max: number;
}

/** "air_mail": cheap, slow; "air_express": air line-haul with an express last leg; "express": fast, dear. */
export type ShippingMethod = "air_mail" | "air_express" | "express";

/** Pickup points open on weekends but close on the main public holidays; couriers work on working days. */
export type LastMile = "pickup_point" | "courier";

export interface DeliveryOrigin {
  /** ISO 3166-1 alpha-2 of the seller's country. */
  country: string;
  /**
   * IANA zone or link name, as the browser's tz database knows it ("Asia/Shanghai", "Asia/Krasnoyarsk",
   * "Europe/Kiev"); an unknown name throws `unknown_time_zone` with `field` "origin.timeZone".
   */
  timeZone: string;
  /** Daily cutoff on the seller's clock, "HH:MM". */
  cutoff: string;
  /** Handling time in origin working days: n, or a range. */
  handlingDays: number | DayRange;
}

export interface DeliveryDestination {
  /** ISO 3166-1 alpha-2 of the buyer's country. */
  country: string;
  postalCode?: string;
  /** Region as typed, or its ISO 3166-2 code ("RU-KAM"). */
  region?: string;
}

export interface DeliveryInput {
  /** The order instant, RFC 3339 with an offset: "2026-11-20T14:05:00+03:00". */
  orderedAt: string;
  origin: DeliveryOrigin;
  destination: DeliveryDestination;
  method: ShippingMethod;
  delivery: LastMile;
  /** The seller's own transit range (hand-over to arrival, customs included); replaces the defaults. */
  transitDays?: DayRange;
}

export type DeliveryNoticeCode = "holiday_delay" | "peak_season" | "remote_area" | "calendar_not_covered";

export interface DeliveryNotice {
  code: DeliveryNoticeCode;
  severity: Severity;
  message: string;
  from?: IsoDate;
  to?: IsoDate;
  params: Record<string, string>;
}

export interface DeliveryCutoff {
  /** Placed on an origin working day before the cutoff: handling starts today. */
  beforeCutoff: boolean;
  /** The next cutoff that starts handling, RFC 3339 on the seller's clock. */
  nextCutoff: string;
  /** Whole minutes from `orderedAt` to `nextCutoff`. */
  minutesLeft: number;
}

export interface DeliveryBreakdown {
  orderedLocal: string;
  handlingStart: IsoDate;
  handlingDays: DayRange;
  shipEarliest: IsoDate;
  transitDays: DayRange;
  /** "seller" when `transitDays` was given, else the source of the default range. */
  transitSource: string;
  customsDays?: DayRange;
  remoteArea?: { code: string; extraDays: DayRange };
  peakDays: DayRange;
  arrivalEarliest: IsoDate;
  arrivalLatest: IsoDate;
  lastMile: LastMile;
}

export interface DeliveryEstimate {
  /** The last day the seller may hand the parcel over; always before `earliest`. */
  shipBy: IsoDate;
  earliest: IsoDate;
  latest: IsoDate;
  cutoff: DeliveryCutoff;
  notices: DeliveryNotice[];
  breakdown: DeliveryBreakdown;
}

/** Whether `date` is a working day in `country` (RU, CN, BY, KZ, DE, BR). Throws for another country or a malformed date. */
export function isWorkingDay(country: string, date: IsoDate): boolean;
/** n > 0: the n-th working day after `date`; n < 0: the |n|-th before; 0: `date` if working, else the next working day. */
export function addWorkingDays(country: string, date: IsoDate, n: number): IsoDate;
/** The delivery range, ship-by date, cutoff countdown and notices. Throws an `OrderguardError` naming the field for bad input. */
export function estimateDelivery(input: DeliveryInput, options?: CommonOptions): DeliveryEstimate;

export interface DelayInput {
  /** The page's clock, RFC 3339 with an offset (`new Date().toISOString()` will do). */
  now: string;
  /** The seller's side, as the estimate takes it (other fields such as `cutoff` are ignored); without `handlingDays`, a closure delays the orders placed during it. */
  origin: Pick<DeliveryOrigin, "country" | "timeZone"> & Partial<Pick<DeliveryOrigin, "handlingDays">>;
  /** The buyer's country, when known: its closures and peaks delay delivery. */
  destination?: { country: string };
  /** How far ahead to look, in days: 1 to 366, default 21. */
  daysAhead?: number;
}

/**
 * `dispatch_closure`: official days off in the seller's country (params `resume`, the first dispatch day after
 * it, and `ordersFrom`, the first order day it delays with the seller's handling time); `delivery_closure`:
 * the same in the buyer's country; `peak_season`: a peak on either side (`peak`, `peakCode`, `days`);
 * `calendar_not_covered`: a year of the window whose official calendar is not fully in the data. Closures
 * carry `country` and `verified` ("true" when the year's calendar was checked against its decree).
 */
export type DelayNoticeCode = "dispatch_closure" | "delivery_closure" | "peak_season" | "calendar_not_covered";

export interface DelayNotice {
  code: DelayNoticeCode;
  severity: Severity;
  side: "origin" | "destination";
  from: IsoDate;
  to: IsoDate;
  message: string;
  params: Record<string, string>;
}

/** The closures and peaks running at `now` or starting within `daysAhead` days, by start; empty when nothing applies. */
export function delayNotices(input: DelayInput, options?: CommonOptions): { notices: DelayNotice[] };
