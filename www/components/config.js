// The seller's configuration, shared by every orderguard element on the page, and the page language.
//
// Set it with `configure(config)` or, without any script of the page's own (CSP-safe: JSON is data, never
// executed), with `<script type="application/json" id="orderguard-config">{...}</script>`. Elements read it
// whenever they render and re-render when it or the page's `lang` changes. An element's own attribute or
// property always wins over the shared configuration.

const BLOCK_ID = "orderguard-config";
const changes = new EventTarget();
let config = null;

function readBlock() {
  const block = document.getElementById(BLOCK_ID);
  if (!block || block.type !== "application/json") return {};
  try {
    const parsed = JSON.parse(block.textContent);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
    console.error(`orderguard: #${BLOCK_ID} must hold a JSON object`);
  } catch (error) {
    console.error(`orderguard: #${BLOCK_ID} is not valid JSON: ${error.message}`);
  }
  return {};
}

/** The current seller configuration (read from the JSON block on first use). */
export function sellerConfig() {
  config ??= readBlock();
  return config;
}

/**
 * Merges `update` into the shared configuration (`origin` and `returnTerms` one level deep) and re-renders
 * every element. Returns the configuration now in force.
 */
export function configure(update = {}) {
  if (!update || typeof update !== "object" || Array.isArray(update)) {
    throw Object.assign(new TypeError("configure() takes an object"), { code: "invalid_input", field: "config" });
  }
  const current = sellerConfig();
  const next = { ...current, ...update };
  for (const nested of ["origin", "returnTerms"]) {
    if (update[nested] && current[nested]) next[nested] = { ...current[nested], ...update[nested] };
  }
  config = next;
  changes.dispatchEvent(new Event("change"));
  document.dispatchEvent(new CustomEvent("og-config-change", { detail: { config: next } }));
  return next;
}

/** Calls `render` whenever the configuration or the page's `lang` changes; returns the unsubscribe. */
export function watchConfig(render) {
  changes.addEventListener("change", render);
  return () => changes.removeEventListener("change", render);
}

/**
 * The two-letter language of an element: its own locale (`explicit`, else its `locale` attribute), the
 * configuration's, the nearest `lang`; "en" when none of them is supported.
 */
export function localeOf(element, supported, explicit = "") {
  const tag = explicit || element.getAttribute("locale") || sellerConfig().locale || element.closest("[lang]")?.getAttribute("lang") ||
    document.documentElement.lang || "en";
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  return supported.includes(lang) ? lang : "en";
}

// The page language can change after the elements rendered (a language switch): tell them.
new MutationObserver(() => changes.dispatchEvent(new Event("change"))).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ["lang"],
});
if (document.readyState === "loading") {
  // A JSON block placed after the script tag that imported this module early is read once parsing ends.
  document.addEventListener("DOMContentLoaded", () => {
    if (document.getElementById(BLOCK_ID)) {
      config = { ...readBlock(), ...(config ?? {}) };
      changes.dispatchEvent(new Event("change"));
    }
  });
}
