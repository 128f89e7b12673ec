// What the seller tools' demo pages (seller.html, orders.html) share: the language buttons (and
// ?lang=en|ru|zh), the page's own words in three languages, a layout wider than the checkout demo's, and
// the status line that says whether the page's wasm package loaded.

const layout = new CSSStyleSheet();
layout.replaceSync(`
main.seller { max-width: 80rem; }
.languages { display: flex; gap: .5rem; justify-content: flex-end; }
.languages button { font: inherit; padding: .3rem .7rem; border: 1px solid #b8bfca; border-radius: .35rem; background: #fff; cursor: pointer; }
.languages button[aria-pressed="true"] { background: #2457d6; border-color: #2457d6; color: #fff; }
`);

/**
 * Sets the page up: `pageText` holds each language's words (by `data-text` key, with `ready` and
 * `failed` for the status line `#engine`); `load()` loads the package the page's elements use.
 */
export function setUpToolPage(pageText, load) {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, layout];
  const status = document.getElementById("engine");
  let engine = { state: "loading", error: "" };
  const language = () => {
    const tag = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
    return tag in pageText ? tag : "en";
  };
  const render = () => {
    const text = pageText[language()];
    for (const el of document.querySelectorAll("[data-text]")) el.textContent = text[el.dataset.text];
    for (const button of document.querySelectorAll("[data-locale]")) {
      button.setAttribute("aria-pressed", String(button.dataset.locale === language()));
    }
    if (engine.state === "ready") status.textContent = text.ready;
    if (engine.state === "error") status.textContent = text.failed.replace("{error}", engine.error);
  };
  // Switching the page's `lang` switches every element that follows it.
  const setLocale = (locale) => {
    document.documentElement.lang = locale;
    render();
  };
  for (const button of document.querySelectorAll("[data-locale]")) {
    button.addEventListener("click", () => setLocale(button.dataset.locale));
  }
  const preferred = new URLSearchParams(location.search).get("lang") ?? navigator.language.toLowerCase().split("-")[0];
  setLocale(preferred in pageText ? preferred : "en");
  load().then(
    () => {
      engine = { state: "ready", error: "" };
      status.dataset.ready = "true";
      render();
    },
    (error) => {
      engine = { state: "error", error: error.message };
      status.dataset.ready = "error";
      render();
    },
  );
}
