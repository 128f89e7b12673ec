// The orders board's calendar download: the open orders' deadlines as an iCalendar file (RFC 5545) for
// the seller's calendar. A pure function of the report's deadlines: no DOM, no clock. (The actions CSV
// is written by the report itself.)

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

/** An RFC 3339 instant as an iCalendar UTC date-time: 20261201T100000Z. */
function utc(instant) {
  return new Date(instant).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The open orders' ship-by deadlines (`OrdersReport.openDeadlines()`) as events: at the deadline itself
 * (no end: an instant), or, for a deadline at the end of a day, all of that day (`shipByDay`); each with
 * an alarm a day before. `now` stamps the file (DTSTAMP); `titles(deadline)` gives the event's summary
 * and description in the seller's language.
 */
export function deadlinesIcs(deadlines, now, titles) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//orderguard//orders board//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const deadline of deadlines) {
    const { summary, description } = titles(deadline);
    const { shipBy, shipByDay } = deadline;
    const start = shipBy.slice(11, 16) === "00:00" ? `DTSTART;VALUE=DATE:${shipByDay.replaceAll("-", "")}` : `DTSTART:${utc(shipBy)}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(deadline.id)}@orderguard`,
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
