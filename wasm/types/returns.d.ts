/**
 * Product categories, as snake_case ids. The ordinary ones are never excepted by law; the special ones
 * are excepted in some markets (see `docs/returns.md`). Other strings are accepted and treated as
 * ordinary goods, with a `returns_unknown_category` notice.
 */
export type ReturnCategory =
  | "apparel" | "shoes" | "electronics" | "home" | "books" | "toys" | "sports" | "beauty" | "jewelry"
  | "underwear" | "medicines"
  | "made_to_order" | "perishable" | "sealed_hygiene" | "digital_content" | "newspapers";

/** Who bears the cost of sending goods back; "unspecified" when neither the law nor the seller says. */
export type ReturnShippingPayer = "buyer" | "seller" | "unspecified";

export interface SellerReturnTerms {
  /** The seller's own window in calendar days after delivery (0 to 3650). */
  windowDays?: number;
  /** Who the seller says pays return shipping, by the reason for the return. */
  returnShippingPaidBy?: { changedMind?: ReturnShippingPayer; defective?: ReturnShippingPayer };
  /** Days the seller takes to refund after receiving the return. */
  refundDays?: number;
  /** Local return points or addresses, one per entry. */
  returnPoints?: string[];
}

export interface ReturnPolicyInput {
  /** The buyer's country, ISO 3166-1 alpha-2 (RU, DE, any EU member state, BR, CN, BY, KZ). */
  market: string;
  /** "YYYY-MM-DD"; without it `returnBy` is null. */
  deliveredOn?: string;
  category?: ReturnCategory | string;
  /** Whether the return terms reach the buyer in writing with the delivery. Default true. */
  termsGivenInWriting?: boolean;
  seller?: SellerReturnTerms;
  locale?: Locale;
}

export interface LegalBasis {
  /** The law's name in English. */
  law: string;
  /** The law's name as it names itself. */
  lawNative: string;
  /** Article, paragraph or section, e.g. "art. 26.1(4)" or "§ 312g(2) no. 3". */
  article: string;
  url: string;
  /**
   * True when the provision's wording was read in the law's text (its official publication or a full
   * reproduction of it); false when it is known only from commentary or inferred. From the data file.
   */
  verified: boolean;
}

export interface ReturnPolicy {
  /** The market, upper-cased. */
  market: string;
  /**
   * The buyer's window: `windowDays` days, then `windowMonths` months when present, counted from the
   * day after delivery. Russia without written terms: 0 days + 3 months; the EU without information:
   * 14 days + 12 months.
   */
  windowDays: number;
  windowMonths?: number;
  /** Whose window applies: the law's, the seller's longer one, or none (excepted goods). */
  windowSource: "law" | "seller" | "none";
  /** The statutory window for this order (0 for excepted goods), in the same two parts. */
  legalMinimumDays: number;
  legalMinimumMonths?: number;
  legalBasis: LegalBasis;
  /** The provision behind the refund time; null where the law sets none. */
  refundBasis: LegalBasis | null;
  /** The provisions behind who pays return shipping; `defective` is null where no article is cited. */
  returnShippingBasis: { changedMind: LegalBasis; defective: LegalBasis | null };
  /** The last day a return can start, "YYYY-MM-DD"; null without `deliveredOn` or without a window. */
  returnBy: string | null;
  /** True when the law excepts the category from change-of-mind returns. */
  excepted: boolean;
  exceptionBasis: LegalBasis | null;
  /** True when the seller's window ends before the law's (for some delivery date, when none is given). */
  sellerBelowLegalMinimum: boolean;
  returnShippingPaidBy: { changedMind: ReturnShippingPayer; defective: ReturnShippingPayer };
  /** Days a refund may take after the return; 0 means immediately; null when nobody says. */
  refundDays: number | null;
  returnPoints: string[];
  /** Plain-language policy: `text[0]` is the summary; when `returnBy` is set, `text[1]` states it. */
  text: string[];
  /** Notices for the seller or the page: below the legal minimum, excepted category, unknown category... */
  notices: Finding[];
}

/** Throws an `OrderguardError` naming the field for an unknown market or a malformed date. */
export function returnPolicy(input: ReturnPolicyInput): ReturnPolicy;
