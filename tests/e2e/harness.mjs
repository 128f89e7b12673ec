// Shared set-up for the browser end-to-end tests: the static server over www/, sending the strict
// Content-Security-Policy the README promises a storefront can keep (scripts/serve.mjs), and Debian's
// Chromium driven by playwright-core. Every page opened here fails its test on a console error, an
// uncaught exception, or a request to anywhere but the page's own server; a CSP violation in any page
// of a session fails the session's `close()` even when a test forgot to look.
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_BIN || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

// Runs in every page before its own scripts: a blocked script, style, worker or wasm compile is an error.
function reportViolations() {
  document.addEventListener(
    "securitypolicyviolation",
    (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    true,
  );
}

/**
 * Starts a server and a browser. Returns { url, open(path, options), problems, violations, close() }.
 * `problems` collects console errors, page errors and foreign requests; tests assert it stays empty.
 */
export async function session() {
  const { server, url } = await startServer({ csp: true });
  const browser = await launch();
  const problems = [];
  const violations = [];
  async function open(path = "", { locale = "en-US", colorScheme } = {}) {
    const context = await browser.newContext({ locale, colorScheme });
    await context.addInitScript(reportViolations);
    const page = await context.newPage();
    const listen = (target, where) =>
      target.on("console", (msg) => {
        if (msg.type() !== "error") return;
        problems.push(`${where}: ${msg.text()}`);
        if (/Content.Security.Policy|CSP violation/i.test(msg.text())) violations.push(msg.text());
      });
    listen(page, "console");
    page.on("worker", (worker) => listen(worker, "worker console"));
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    await page.route("**/*", (route) => {
      const requested = route.request().url();
      if (requested.startsWith(url) || requested.startsWith("data:") || requested.startsWith("blob:")) {
        return route.continue();
      }
      problems.push(`foreign request: ${requested}`);
      return route.abort();
    });
    await page.goto(url + path);
    return page;
  }
  async function close() {
    await browser.close();
    await new Promise((done) => server.close(done));
    if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join("\n")}`);
  }
  return { url, open, problems, violations, close };
}

/**
 * Starts listening for the next `type` event of the element `locator` finds, before the caller acts (a
 * listener added while the action runs could miss a fast event). Resolves to a handle of `{ promise }`,
 * the event's detail: `await (await nextEvent(el, "x")).evaluate(({ promise }) => promise.then(...))`.
 */
export function nextEvent(locator, type) {
  return locator.evaluateHandle(
    (node, type) => ({ promise: new Promise((resolve) => node.addEventListener(type, (e) => resolve(e.detail), { once: true })) }),
    type,
  );
}
