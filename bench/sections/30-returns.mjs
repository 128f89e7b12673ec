// Return policies: natively and in wasm (Node and Chromium) on the same generated orders (markets, dates, seller terms, locales).
const MARKETS = ["RU", "DE", "FR", "BR", "CN", "BY", "KZ"];
const CATEGORIES = ["apparel", "electronics", "made_to_order", "perishable", undefined];
const LOCALES = ["en", "ru", "zh", "de", "pt"];

function corpus(n) {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + (i % 730))).toISOString().slice(0, 10);
    return {
      market: MARKETS[i % MARKETS.length],
      deliveredOn: day,
      category: CATEGORIES[i % CATEGORIES.length],
      termsGivenInWriting: i % 3 !== 0,
      seller: { windowDays: [0, 7, 14, 30, 90][i % 5], refundDays: 10 },
      locale: LOCALES[i % LOCALES.length],
    };
  });
}

export default async function returns(ctx) {
  const orders = corpus(10_000);
  const file = ctx.writeInput("return-orders.json", orders);
  const native = ctx.native("return-policy", file);
  const og = await ctx.loadPackage("checkout");
  const node = ctx.rate(orders.length, () => orders.forEach((o) => og.returnPolicy(o)));
  const chromium = await ctx.browserRate("checkout", "return-orders.json", orders.length, "(og, all) => all.forEach((o) => og.returnPolicy(o))");
  return [
    ["returns", "policies, native", ctx.perSecond(native)],
    ["returns", "policies, wasm in Node", ctx.perSecond(node)],
    ["returns", "policies, wasm in Chromium", ctx.perSecond(chromium)],
  ];
}
