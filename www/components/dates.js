// Civil dates ("YYYY-MM-DD", as the core returns them) for the storefront elements: formatted in the
// element's locale, never shifted by the page's time zone.

/** The date at midnight UTC, to format with `timeZone: "UTC"`. */
export function civil(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * "Feb 5 – 8", "5–8 февр.", "2月5日 – 2月8日". Chinese ranges from formatRange read "2/5 – 2/8", unlike the
 * single dates beside them, so they are written as two single dates are.
 */
export function dateRange(format, locale, from, to) {
  if (from === to) return format.format(civil(from));
  if (locale === "zh") return `${format.format(civil(from))} – ${format.format(civil(to))}`;
  return format.formatRange(civil(from), civil(to));
}
