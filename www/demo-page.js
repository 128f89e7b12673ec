// What the demo's storefront pages (product.html, order.html) share: the page's own words in three
// languages, ?lang=en|ru|zh and the language switch, the dark theme toggle. The elements translate
// themselves from the page's `lang`.
export const NAV_TEXT = {
  en: { navCheckout: "Checkout", navProduct: "Product page", navOrder: "Order confirmation", navSeller: "Listing checker", navOrders: "Orders board",
    language: "Language", dark: "Dark theme" },
  ru: { navCheckout: "Оформление заказа", navProduct: "Страница товара", navOrder: "Подтверждение заказа",
    navSeller: "Проверка карточек", navOrders: "Заказы", language: "Язык", dark: "Тёмная тема" },
  zh: { navCheckout: "结账", navProduct: "商品页", navOrder: "订单确认", navSeller: "商品信息检查", navOrders: "订单看板", language: "语言", dark: "深色主题" },
};

/** Sets the page up; `onLanguage(text)` runs after every language change with the page's words. */
export function setUpPage(pageText, onLanguage = () => {}) {
  const text = () => ({ ...NAV_TEXT[document.documentElement.lang], ...pageText[document.documentElement.lang] });
  const translate = () => {
    for (const node of document.querySelectorAll("[data-text]")) node.textContent = text()[node.dataset.text];
    onLanguage(text());
  };
  const lang = new URLSearchParams(location.search).get("lang");
  const languages = document.getElementById("page-lang");
  if (lang && lang in pageText) {
    document.documentElement.lang = lang;
    languages.value = lang;
  }
  translate();
  languages.addEventListener("change", () => {
    document.documentElement.lang = languages.value;
    translate();
  });
  const themeToggle = document.getElementById("theme-toggle");
  themeToggle.addEventListener("click", () => {
    const dark = document.documentElement.dataset.theme !== "dark";
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    themeToggle.setAttribute("aria-pressed", String(dark));
  });
  return text;
}
