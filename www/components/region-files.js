// The region files of the countries whose regions the checkout package does not embed (the United States,
// Canada, Japan, ...: `addressForm(country).regionsFile`), fetched from beside the package once per page
// and given to a module instance. Loaded by <og-address-form> only when a buyer picks such a country, so
// a checkout whose buyers never do downloads none of it. It imports nothing: the page's one runtime comes
// as an argument.

const texts = new Map();

/**
 * Resolves once `country`'s region file is in the live instance of `runtime` (`og` its exports); rejects
 * when it cannot be fetched or read. A file that failed stays failed for the page: the buyer's next
 * keystroke does not fetch it again.
 */
export function loadRegions(runtime, og, country, file) {
  const url = runtime.fileUrl(file);
  let text = texts.get(url);
  if (!text) {
    text = fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${url}`))));
    texts.set(url, text);
  }
  return text.then((body) => og.loadAddressRegions(country, body));
}
