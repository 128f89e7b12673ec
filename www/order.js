// The demo order confirmation page: embeds orderguard-order.js, shows a sample order in
// <og-order-summary> (as a storefront would from the order it just took) and reacts to the buyer's answer.
import { setUpPage } from "./demo-page.js";

const TEXT = {
  en: {
    thanks: "Thank you for your order", number: "Order No. 10428", confirmed: "Thank you: we will print the label as shown.",
    change: "We will ask you for the new address before the parcel ships.",
  },
  ru: {
    thanks: "Спасибо за заказ", number: "Заказ № 10428", confirmed: "Спасибо: этикетку напечатаем так, как показано.",
    change: "Мы запросим новый адрес до отправки посылки.",
  },
  zh: {
    thanks: "感谢您的订购", number: "订单号 10428", confirmed: "谢谢：我们将按所示内容打印标签。",
    change: "发货前我们会向您询问新地址。",
  },
};

const text = setUpPage(TEXT);
const summary = document.getElementById("summary");
const status = document.getElementById("order-status");

// The order as the checkout submitted it: the address form's address, the chosen method, the last mile
// and how the buyer pays. Placed just now.
// Set once the element is defined: a property set on an element not yet upgraded would hide its setter.
await customElements.whenDefined("og-order-summary");
summary.order = {
  address: {
    country: "RU",
    recipient: "Иван Петров",
    region: "Москва",
    city: "Москва",
    addressLine1: "ул. Тверская, д. 7",
    addressLine2: "кв. 12",
    postalCode: "125009",
    phone: "+7 912 345-67-89",
  },
  orderedAt: new Date().toISOString(),
  method: "air_express",
  delivery: "pickup_point",
  payment: "on_delivery",
};

summary.addEventListener("og-address-confirm", () => {
  status.dataset.answer = "confirmed";
  status.textContent = text().confirmed;
});
summary.addEventListener("og-address-change-request", () => {
  status.dataset.answer = "change";
  status.textContent = text().change;
});
