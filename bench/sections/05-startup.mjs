// Start-up in headless Chromium: from navigation to the first address validation result on the demo
// checkout page (www/index.html), each run in a fresh browser context with nothing cached.
const RUNS = 9;
// The checkout budget's "done" figures and, beyond them, its goals.
const DONE_MS = 80;
const GOAL_MS = 50;
const FIRST_CALL_DONE_MS = 5;
const FIRST_CALL_GOAL_MS = 1;

/** The target cell and the verdict cell of a time measured against a done figure and a goal. */
function against(ms, done, goal) {
  const verdict = ms <= goal ? "goal reached" : ms <= done ? "done; goal not reached" : `${(ms - done).toFixed(ms < 10 ? 2 : 0)} ms over`;
  return [`done ≤ ${done} ms, goal ≤ ${goal} ms`, verdict];
}

// In a fresh page: instantiates the checkout package, then times its first `validateAddress` (all the
// work a first call does once, such as building tables from the data) and a second one.
async function firstCall() {
  const og = await import("/www/pkg/checkout/orderguard.js");
  await og.default({ module_or_path: "/www/pkg/checkout/orderguard_bg.wasm" });
  const address = { country: "RU", region: "Москва", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "125009" };
  const time = () => {
    const start = performance.now();
    og.validateAddress(address);
    return performance.now() - start;
  };
  return [time(), time()];
}

// Runs in the page before its scripts: records the time (ms since navigation start) of the first
// validation result, whether the demo's own call or <og-address-form>'s first `change` event.
function watchFirstValidation() {
  const done = () => (window.__firstValidation ??= performance.now());
  document.addEventListener("change", (event) => event.target?.localName === "og-address-form" && done(), true);
  new MutationObserver(() => document.getElementById("engine")?.dataset.ready === "true" && done()).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ["data-ready"],
  });
}

/** Navigation to the first validation on `path`, in fresh contexts: sorted times. */
async function firstValidations(openPage, path) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, close } = await openPage(path, { init: watchFirstValidation });
    await page.waitForFunction(() => window.__firstValidation !== undefined, null, { timeout: 10_000 });
    times.push(await page.evaluate(() => window.__firstValidation));
    await close();
  }
  return times.sort((a, b) => a - b);
}

export default async function startup({ openPage }) {
  const times = await firstValidations(openPage, "www/index.html");
  const median = times[Math.floor(times.length / 2)];
  // The same with the package alone on the page: no elements, styles or page script.
  const bare = await firstValidations(openPage, "bench/package-only.html");
  // The machine's floor: how long after navigation a fresh context runs any script at all, on a page
  // with nothing in it. No page of this machine can validate sooner.
  const floors = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, close } = await openPage("bench/blank.html", { init: () => (window.__firstScript = performance.now()) });
    floors.push(await page.evaluate(() => window.__firstScript));
    await close();
  }
  const firsts = [];
  const seconds = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, close } = await openPage("bench/blank.html");
    const [first, second] = await page.evaluate(firstCall);
    firsts.push(first);
    seconds.push(second);
    await close();
  }
  const mid = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const first = mid(firsts);
  return [
    [
      "start-up",
      `first validateAddress after init(), Chromium (median of ${RUNS}; the second call ${mid(seconds).toFixed(2)} ms)`,
      `${first.toFixed(2)} ms`,
      ...against(first, FIRST_CALL_DONE_MS, FIRST_CALL_GOAL_MS),
    ],
    [
      "start-up",
      `navigation to first validation, Chromium (median of ${RUNS}; range ${times[0].toFixed(0)}–${times.at(-1).toFixed(0)} ms)`,
      `${median.toFixed(0)} ms`,
      ...against(median, DONE_MS, GOAL_MS),
    ],
    [
      "start-up",
      `same, a page with the checkout package alone and one validation (median of ${RUNS}; range ${bare[0].toFixed(0)}–${bare.at(-1).toFixed(0)} ms)`,
      `${bare[Math.floor(RUNS / 2)].toFixed(0)} ms`,
    ],
    [
      "start-up",
      `navigation to the first script of an empty page, Chromium (median of ${RUNS}: this machine's floor)`,
      `${mid(floors).toFixed(0)} ms`,
    ],
  ];
}
