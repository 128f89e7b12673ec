// Delivery estimates and working-day look-ups: natively, in wasm (Node and Chromium), and Python's
// `holidays` package (PyPI) answering the same look-ups.
const COUNTRIES = ["RU", "CN", "BY", "KZ", "DE", "BR"];
const ZONES = { RU: "Europe/Moscow", CN: "Asia/Shanghai", BY: "Europe/Minsk", KZ: "Asia/Almaty", DE: "Europe/Berlin", BR: "America/Sao_Paulo" };
const METHODS = ["air_mail", "air_express", "express"];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

function lookups(random, n) {
  const next = random(5);
  return Array.from({ length: n }, (_, i) => [
    COUNTRIES[i % COUNTRIES.length],
    new Date(START + Math.floor(next() * 3 * 365) * DAY).toISOString().slice(0, 10),
  ]);
}

function orders(random, n) {
  const next = random(7);
  return Array.from({ length: n }, (_, i) => {
    const origin = i % 3 === 0 ? COUNTRIES[i % COUNTRIES.length] : "CN";
    return {
      orderedAt: new Date(START + Math.floor(next() * 700 * 24) * 3_600_000).toISOString(),
      origin: { country: origin, timeZone: ZONES[origin], cutoff: "17:00", handlingDays: { min: 1, max: 2 } },
      destination: { country: COUNTRIES[(i + 1) % COUNTRIES.length], postalCode: "101000" },
      method: METHODS[i % 3],
      delivery: i % 2 ? "courier" : "pickup_point",
    };
  });
}

// Builds each country's calendar for the covered years once, then times `is_working_day` over the
// same pairs, as the other measures do.
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
while time.perf_counter() - start < float(sys.argv[2]):
    run(); passes += 1
print(json.dumps({"perSecond": len(pairs) * passes / (time.perf_counter() - start)}))
`;

export default async function delivery(ctx) {
  const pairs = lookups(ctx.random, 20_000);
  const pairsFile = ctx.writeInput("working-days.json", pairs);
  const batch = orders(ctx.random, 2_000);
  const ordersFile = ctx.writeInput("orders.json", batch);
  const og = await ctx.loadPackage("checkout");

  const lookup = "(og, all) => all.forEach(([c, d]) => og.isWorkingDay(c, d))";
  const nativeLookups = ctx.native("working-days", pairsFile);
  const nodeLookups = ctx.rate(pairs.length, () => pairs.forEach(([c, d]) => og.isWorkingDay(c, d)));
  const chromiumLookups = await ctx.browserRate("checkout", "working-days.json", pairs.length, lookup);
  const peer = ctx.pythonPeer("holidays", PEER, pairsFile);
  const peerCell = `${ctx.perSecond(peer.perSecond)} (Python ${peer.name})`;

  const estimate = "(og, all) => all.forEach((o) => og.estimateDelivery(o))";
  const nativeEstimates = ctx.native("estimate-delivery", ordersFile);
  const nodeEstimates = ctx.rate(batch.length, () => batch.forEach((o) => og.estimateDelivery(o)));
  const chromiumEstimates = await ctx.browserRate("checkout", "orders.json", batch.length, estimate);
  return [
    ["delivery", "working-day look-ups, native", ctx.perSecond(nativeLookups), peerCell, ctx.ratio(nativeLookups, peer.perSecond)],
    ["delivery", "working-day look-ups, wasm in Node", ctx.perSecond(nodeLookups), peerCell, ctx.ratio(nodeLookups, peer.perSecond)],
    ["delivery", "working-day look-ups, wasm in Chromium (target ≥ 5× peer)", ctx.perSecond(chromiumLookups), peerCell, ctx.ratio(chromiumLookups, peer.perSecond)],
    ["delivery", "estimates, native", ctx.perSecond(nativeEstimates)],
    ["delivery", "estimates, wasm in Node", ctx.perSecond(nodeEstimates)],
    ["delivery", "estimates, wasm in Chromium", ctx.perSecond(chromiumEstimates)],
  ];
}
