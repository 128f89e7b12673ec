// Address validation: natively and in wasm on the same generated corpus.
const COUNTRIES = [
  ["RU", () => String(100000 + Math.floor(Math.random() * 900000))],
  ["DE", () => String(10000 + Math.floor(Math.random() * 90000))],
  ["BR", () => `${10000 + Math.floor(Math.random() * 89999)}-${100 + Math.floor(Math.random() * 899)}`],
  ["CN", () => String(100000 + Math.floor(Math.random() * 900000))],
];

function corpus(n) {
  return Array.from({ length: n }, (_, i) => {
    const [country, postal] = COUNTRIES[i % COUNTRIES.length];
    return { country, postalCode: postal() };
  });
}

export default async function address(ctx) {
  const addresses = corpus(10_000);
  const file = ctx.writeInput("addresses.json", addresses);
  const native = ctx.native("validate-address", file);
  const og = await ctx.loadPackage("checkout");
  const wasm = ctx.rate(addresses.length, () => addresses.forEach((a) => og.validateAddress(a)));
  return [
    ["address", "validations, native", ctx.perSecond(native)],
    ["address", "validations, wasm in Node", ctx.perSecond(wasm)],
  ];
}
