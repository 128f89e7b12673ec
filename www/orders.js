// The orders board page: the language switch, the page's own text, and the board.
import { loadOrders } from "./components/runtime.js";
import { NAV_TEXT } from "./demo-page.js";
import { setUpToolPage } from "./tool-page.js";

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

setUpToolPage(PAGE_TEXT, loadOrders);
