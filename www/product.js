// The demo product page: a storefront page that embeds orderguard-storefront.js (the delay notice at the
// top, the compact delivery estimate by the buy button) and translates its own words.
import { setUpPage } from "./demo-page.js";

const TEXT = {
  en: {
    product: "Linen summer dress", price: "2,490 ₽", buy: "Buy now",
    description: "Loose-fit dress in washed linen, sizes XS to XL. Size chart and care instructions below.",
    warehouse: "Shipped from our warehouse in Shenzhen.", place: "Moscow",
  },
  ru: {
    product: "Летнее льняное платье", price: "2 490 ₽", buy: "Купить",
    description: "Свободное платье из стираного льна, размеры от XS до XL. Таблица размеров и уход — ниже.",
    warehouse: "Отправляем с нашего склада в Шэньчжэне.", place: "Москва",
  },
  zh: {
    product: "夏季亚麻连衣裙", price: "2,490 ₽", buy: "立即购买",
    description: "水洗亚麻宽松连衣裙，尺码 XS 至 XL。尺码表和洗护说明见下文。",
    warehouse: "从我们深圳的仓库发货。", place: "莫斯科",
  },
};

// The place the estimate names until the buyer picks their own, in the page's language.
setUpPage(TEXT, (text) => document.getElementById("estimate").setAttribute("destination-name", text.place));
