// The orders board's downloads, as plain text: every action as CSV (order, posting, action, to, send on,
// language, text) for a spreadsheet or a mailing tool, and the open orders' deadlines as an iCalendar
// file (RFC 5545) for the seller's calendar. Pure functions of the report: no DOM, no clock.

const CSV_HEADER = ["order", "posting", "action", "to", "send_on", "language", "text"];

/** A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
function csvField(value) {
  const text = String(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every action of every order, one per line, in send-on order. Starts with a byte-order mark, so that
 * Excel reads the Cyrillic and Chinese texts as UTF-8.
 */
export function actionsCsv(orders) {
  const rows = [];
  for (const order of orders) {
    for (const action of order.actions) {
      rows.push([order.orderNumber ?? order.id, order.id, action.code, action.to, action.sendOn, action.language, action.message]);
    }
  }
  rows.sort((a, b) => (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0));
  return "\uFEFF" + [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** TEXT as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped. */
function icsText(text) {
  return String(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A content line folded at 75 octets, continuation lines starting with a space (RFC 5545 §3.1). */
function fold(line) {
  const bytes = new TextEncoder();
  const parts = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const length = bytes.encode(char).length;
    if (size + length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * The seller's day a deadline falls on, from its RFC 3339 text on the seller's clock: a deadline at
 * midnight ends the day before.
 */
export function deadlineDay(rfc3339) {
  if (rfc3339.slice(11, 16) !== "00:00") return rfc3339.slice(0, 10);
  const [y, m, d] = rfc3339.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** An RFC 3339 instant as an iCalendar UTC date-time: 20261201T100000Z. */
function utc(instant) {
  return new Date(instant).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The open orders' ship-by deadlines as events: at the deadline itself (no end: an instant), or, for a
 * deadline at the end of a day, all of that day; each with an alarm a day before. `now` stamps the file (DTSTAMP); `titles(order)` gives the event's summary and
 * description in the seller's language.
 */
export function deadlinesIcs(orders, now, titles) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//orderguard//orders board//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const order of orders) {
    if (order.status !== "open" || !order.shipBy) continue;
    const { summary, description } = titles(order);
    const start = order.shipBy.slice(11, 16) === "00:00" ? `DTSTART;VALUE=DATE:${deadlineDay(order.shipBy).replaceAll("-", "")}` : `DTSTART:${utc(order.shipBy)}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(order.id)}@orderguard`,
      `DTSTAMP:${utc(now)}`,
      start,
      `SUMMARY:${icsText(summary)}`,
      `DESCRIPTION:${icsText(description)}`,
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${icsText(summary)}`,
      "TRIGGER:-P1D",
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
