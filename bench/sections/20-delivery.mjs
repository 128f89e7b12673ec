// Delivery estimates and working-day look-ups: natively, in wasm, and Python's `holidays` package
// (PyPI, installed into bench/.venv here) answering the same look-ups.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const COUNTRIES = ["RU", "CN", "BY", "KZ", "DE", "BR"];
const ZONES = { RU: "Europe/Moscow", CN: "Asia/Shanghai", BY: "Europe/Minsk", KZ: "Asia/Almaty", DE: "Europe/Berlin", BR: "America/Sao_Paulo" };
const METHODS = ["air_mail", "air_express", "express"];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

function lookups(n) {
  return Array.from({ length: n }, (_, i) => [
    COUNTRIES[i % COUNTRIES.length],
    new Date(START + Math.floor(Math.random() * 3 * 365) * DAY).toISOString().slice(0, 10),
  ]);
}

function orders(n) {
  return Array.from({ length: n }, (_, i) => {
    const origin = i % 3 === 0 ? COUNTRIES[i % COUNTRIES.length] : "CN";
    return {
      orderedAt: new Date(START + Math.floor(Math.random() * 700 * 24) * 3_600_000).toISOString(),
      origin: { country: origin, timeZone: ZONES[origin], cutoff: "17:00", handlingDays: { min: 1, max: 2 } },
      destination: { country: COUNTRIES[(i + 1) % COUNTRIES.length], postalCode: "101000" },
      method: METHODS[i % 3],
      delivery: i % 2 ? "courier" : "pickup_point",
    };
  });
}

// Builds each country's calendar for the covered years once, then times `is_working_day` over the
// same pairs for at least a second, as the other measures do.
const PEER = `
import json, sys, time, datetime, holidays
pairs = json.load(open(sys.argv[1]))
cals = {c: holidays.country_holidays(c, years=range(2025, 2028)) for c in {c for c, _ in pairs}}
pairs = [(cals[c], d) for c, d in pairs]
def run():
    for cal, d in pairs:
        cal.is_working_day(datetime.date.fromisoformat(d))
run()
start = time.perf_counter(); passes = 0
while time.perf_counter() - start < 1:
    run(); passes += 1
print(json.dumps({"perSecond": len(pairs) * passes / (time.perf_counter() - start), "version": holidays.__version__}))
`;

function python(root) {
  const venv = join(root, "bench/.venv");
  const bin = join(venv, "bin/python");
  if (!existsSync(bin)) execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
  try {
    execFileSync(bin, ["-c", "import holidays"], { stdio: "ignore" });
  } catch {
    execFileSync(bin, ["-m", "pip", "install", "--quiet", "holidays"], { stdio: "inherit" });
  }
  return bin;
}

export default async function delivery(ctx) {
  const pairs = lookups(20_000);
  const pairsFile = ctx.writeInput("working-days.json", pairs);
  const batch = orders(2_000);
  const ordersFile = ctx.writeInput("orders.json", batch);
  const og = await ctx.loadPackage("checkout");

  const nativeLookups = ctx.native("working-days", pairsFile);
  const wasmLookups = ctx.rate(pairs.length, () => pairs.forEach(([c, d]) => og.isWorkingDay(c, d)));
  const peer = JSON.parse(execFileSync(python(ctx.root), ["-c", PEER, pairsFile], { encoding: "utf8" }));
  const peerName = `Python holidays ${peer.version}`;

  const nativeEstimates = ctx.native("estimate-delivery", ordersFile);
  const wasmEstimates = ctx.rate(batch.length, () => batch.forEach((o) => og.estimateDelivery(o)));
  return [
    ["delivery", "working-day look-ups, native", ctx.perSecond(nativeLookups), `${ctx.perSecond(peer.perSecond)} (${peerName})`, ctx.ratio(nativeLookups, peer.perSecond)],
    ["delivery", "working-day look-ups, wasm in Node", ctx.perSecond(wasmLookups), `${ctx.perSecond(peer.perSecond)} (${peerName})`, ctx.ratio(wasmLookups, peer.perSecond)],
    ["delivery", "estimates, native", ctx.perSecond(nativeEstimates)],
    ["delivery", "estimates, wasm in Node", ctx.perSecond(wasmEstimates)],
  ];
}
