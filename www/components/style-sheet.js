// Constructed style sheets, one per element type: shared by every instance and, unlike a <style>
// element, allowed under a strict Content-Security-Policy without 'unsafe-inline'.
const sheets = new Map();

/** The style sheet holding `css`, built on first use. */
export function styleSheet(css) {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}
