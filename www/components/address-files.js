// The address data that stays beside the checkout package until a buyer needs it: the region files of the
// countries whose regions the package does not embed (`addressForm(country).regionsFile`: the United
// States, Canada, Japan, ...) and the numbering plans of the countries outside the six main markets
// (`phonePlansFile`). Each file is fetched once per page and given to a module instance. Loaded by
// <og-address-form> only when a buyer picks such a country, so a checkout whose buyers never do
// downloads none of it. It imports nothing: the page's one runtime comes as an argument.

const texts = new Map();

/** The text of a file beside the package; a file that failed stays failed for the page. */
function text(runtime, file) {
  const url = runtime.fileUrl(file);
  if (!texts.has(url)) {
    texts.set(url, fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${url}`)))));
  }
  return texts.get(url);
}

/** Resolves once `country`'s region file is in the live instance (`og` its exports). */
export async function loadRegions(runtime, og, country, file) {
  og.loadAddressRegions(country, await text(runtime, file));
}

/** Resolves once the numbering plans are in the live instance. */
export async function loadPhonePlans(runtime, og, file) {
  og.loadPhonePlans(await text(runtime, file));
}
