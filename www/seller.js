// The seller page: the language switch, the page's own text, and the listing checker.
import "./components/listing-check.js";
import { loadSeller } from "./components/runtime.js";
import { NAV_TEXT } from "./demo-page.js";

const PAGE_TEXT = {
  en: {
    heading: "Listing checker",
    intro: "Find what makes buyers cancel before they see it. Everything is checked in your browser; nothing is uploaded.",
    listingHeading: "Check one listing",
    catalogHeading: "Whole catalog",
    catalogIntro: "Check every listing of a catalog export at once. The file is read in your browser and never uploaded.",
    ready: "The checker is running in this browser.",
    failed: "The checker could not start: {error}",
    ...NAV_TEXT.en,
  },
  ru: {
    heading: "Проверка карточек товаров",
    intro: "Найдите то, из-за чего покупатели отменяют заказы, раньше них. Всё проверяется в вашем браузере, ничего не загружается на сервер.",
    listingHeading: "Проверить один товар",
    catalogHeading: "Весь каталог",
    catalogIntro: "Проверьте все товары выгрузки каталога сразу. Файл читается в вашем браузере и никуда не загружается.",
    ready: "Проверка работает в этом браузере.",
    failed: "Не удалось запустить проверку: {error}",
    ...NAV_TEXT.ru,
  },
  zh: {
    heading: "商品信息检查",
    intro: "在买家之前发现导致取消订单的问题。所有检查都在您的浏览器中完成，不会上传任何数据。",
    listingHeading: "检查单个商品",
    catalogHeading: "整个商品目录",
    catalogIntro: "一次检查商品目录导出文件中的所有商品。文件在您的浏览器中读取，不会上传。",
    ready: "检查器已在此浏览器中运行。",
    failed: "检查器无法启动：{error}",
    ...NAV_TEXT.zh,
  },
};

// The page is wider than the checkout demo: the form and its report sit side by side.
const layout = new CSSStyleSheet();
layout.replaceSync(`
main.seller { max-width: 76rem; }
.languages { display: flex; gap: .5rem; justify-content: flex-end; }
.languages button { font: inherit; padding: .3rem .7rem; border: 1px solid #b8bfca; border-radius: .35rem; background: #fff; cursor: pointer; }
.languages button[aria-pressed="true"] { background: #2457d6; border-color: #2457d6; color: #fff; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, layout];

const status = document.getElementById("engine");
let engineState = "loading";
let engineError = "";

function language() {
  const tag = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  return tag in PAGE_TEXT ? tag : "en";
}

function render() {
  const text = PAGE_TEXT[language()];
  for (const el of document.querySelectorAll("[data-text]")) el.textContent = text[el.dataset.text];
  for (const button of document.querySelectorAll("[data-locale]")) {
    button.setAttribute("aria-pressed", String(button.dataset.locale === language()));
  }
  if (engineState === "ready") status.textContent = text.ready;
  if (engineState === "error") status.textContent = text.failed.replace("{error}", engineError);
}

/** Switches the page and every element that follows the page's `lang`. */
function setLocale(locale) {
  document.documentElement.lang = locale;
  render();
}

for (const button of document.querySelectorAll("[data-locale]")) {
  button.addEventListener("click", () => setLocale(button.dataset.locale));
}
const preferred = navigator.language.toLowerCase().split("-")[0];
setLocale(preferred in PAGE_TEXT ? preferred : "en");

loadSeller().then(
  () => {
    engineState = "ready";
    status.dataset.ready = "true";
    render();
  },
  (error) => {
    engineState = "error";
    engineError = error.message;
    status.dataset.ready = "error";
    render();
  },
);
