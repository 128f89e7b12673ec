// Listing checks: natively and in wasm (Node and Chromium) on the same generated listings, from complete ones to empty
// ones, across every category, with titles and descriptions in English, Russian and Chinese.
const CATEGORIES = ["apparel", "shoes", "electronics", "home", "beauty", "toys", "Одежда", "服装", "Home & Garden", "other"];
const TITLES = [
  "Women's linen summer dress, midi length",
  "BEST WIRELESS EARBUDS 100% ORIGINAL",
  "Платье женское льняное, миди, синее",
  "Лучший чайник №1",
  "女士亚麻连衣裙 夏季 中长款",
  "最好的无线耳机",
];
const DESCRIPTION =
  "A midi dress of washed linen with a relaxed fit, short sleeves and two side pockets. The fabric is soft " +
  "from the first wear and breathes in hot weather. Model is 170 cm tall and wears size 44. ";

function corpus(seeded, n) {
  const random = seeded(42);
  const maybe = (p, value) => (random() < p ? value : undefined);
  return Array.from({ length: n }, (_, i) => {
    const price = Math.round(100 + random() * 20000);
    const images = Array.from({ length: Math.floor(random() * 6) }, (_, k) => ({
      url: `https://img.example/${i}/${k}.jpg`,
      width: 400 + Math.floor(random() * 1200),
      height: 600 + Math.floor(random() * 1200),
    }));
    return {
      id: `SKU-${i}`,
      title: TITLES[i % TITLES.length],
      description: DESCRIPTION.repeat(1 + Math.floor(random() * 3)).slice(0, Math.floor(random() * 600)),
      category: CATEGORIES[i % CATEGORIES.length],
      price,
      oldPrice: maybe(0.6, Math.round(price * (1 + random() * 3))),
      currency: "RUB",
      images,
      video: maybe(0.3, "https://img.example/v.mp4"),
      attributes: {
        color: maybe(0.7, "blue"),
        sizes: random() < 0.6 ? ["S", "M", "L"] : [],
        sizeChart: maybe(0.5, "S: chest 88 cm; M: chest 92 cm"),
        material: maybe(0.6, "cotton"),
        care: maybe(0.4, "machine wash 30 °C"),
        dimensions: maybe(0.5, { length: 30, width: 20, height: 10, unit: "cm" }),
        weight: maybe(0.5, { value: 0.8, unit: "kg" }),
        includedItems: random() < 0.5 ? ["charger", "cable"] : [],
        voltage: maybe(0.4, "220-240 V"),
        plugType: maybe(0.4, "C"),
        warranty: maybe(0.4, "12 months"),
      },
      shipping: maybe(0.5, "From Guangzhou by air, 12-20 days"),
      returns: maybe(0.5, "30 days"),
    };
  });
}

export default async function listing(ctx) {
  const listings = corpus(ctx.random, 5_000);
  const file = ctx.writeInput("listings.json", listings);
  const native = ctx.native("check-listing", file);
  const og = await ctx.loadPackage("seller");
  const node = ctx.rate(listings.length, () => listings.forEach((l) => og.checkListing(l)));
  const chromium = await ctx.browserRate("seller", "listings.json", listings.length, "(og, all) => all.forEach((l) => og.checkListing(l))");
  return [
    ["listing", "listings checked, native", ctx.perSecond(native)],
    ["listing", "listings checked, wasm in Node", ctx.perSecond(node)],
    ["listing", "listings checked, wasm in Chromium", ctx.perSecond(chromium)],
  ];
}
