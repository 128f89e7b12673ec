// The seller page: the language switch, the page's own text, and the listing checker.
import "./components/listing-check.js";
import { loadSeller } from "./components/runtime.js";
import { NAV_TEXT } from "./demo-page.js";
import { setUpToolPage } from "./tool-page.js";

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

setUpToolPage(PAGE_TEXT, loadSeller);
