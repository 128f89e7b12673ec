// DOM helpers the seller tools' elements share. Text goes in as text nodes and attributes only, never as
// markup: what a file or a seller typed can never become HTML.

/** An element with attributes (undefined and null left out) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** An SVG element with attributes. */
export function svg(tag, attributes = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A message template with its `{name}` placeholders filled; unknown ones stay as written. */
export function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** A byte count as people read it: 12.3 MB. */
export function bytesText(bytes, locale) {
  const units = [
    [1e9, "GB"],
    [1e6, "MB"],
    [1e3, "KB"],
  ];
  const [size, unit] = units.find(([size]) => bytes >= size) ?? [1, "B"];
  return `${(bytes / size).toLocaleString(locale, { maximumFractionDigits: size === 1 ? 0 : 1 })} ${unit}`;
}
