// The orders board page: the language switch, the page's own text, and the board.
import { loadOrders } from "./components/runtime.js";
import { NAV_TEXT } from "./demo-page.js";

const PAGE_TEXT = {
  en: {
    heading: "Orders board",
    intro: "Every open order's deadline, what is about to go wrong, and the message to send the buyer. Your orders export is read in your browser and never uploaded.",
    ready: "The board is running in this browser.",
    failed: "The board could not start: {error}",
    ...NAV_TEXT.en,
  },
  ru: {
    heading: "Заказы",
    intro: "Сроки отгрузки всех открытых заказов, что вот-вот пойдёт не так и что написать покупателю. Выгрузка заказов читается в вашем браузере и никуда не загружается.",
    ready: "Проверка работает в этом браузере.",
    failed: "Не удалось запустить проверку: {error}",
    ...NAV_TEXT.ru,
  },
  zh: {
    heading: "订单看板",
    intro: "每个未发货订单的期限、即将出现的问题，以及要发给买家的消息。订单导出文件在您的浏览器中读取，不会上传。",
    ready: "看板已在此浏览器中运行。",
    failed: "看板无法启动：{error}",
    ...NAV_TEXT.zh,
  },
};

const layout = new CSSStyleSheet();
layout.replaceSync(`
main.seller { max-width: 80rem; }
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

for (const button of document.querySelectorAll("[data-locale]")) {
  button.addEventListener("click", () => {
    document.documentElement.lang = button.dataset.locale;
    render();
  });
}
const preferred = new URLSearchParams(location.search).get("lang") ?? navigator.language.toLowerCase().split("-")[0];
document.documentElement.lang = preferred in PAGE_TEXT ? preferred : "en";
render();

// The page checks that the package loads; the board itself runs it in its worker.
loadOrders().then(
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
