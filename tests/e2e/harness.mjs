// Shared set-up for the browser end-to-end tests: the static server over www/ and Debian's Chromium
// driven by playwright-core. Every page opened here fails its test on a console error, an uncaught
// exception, or a request to anywhere but the page's own server.
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

/**
 * Starts a server and a browser. Returns { url, open(path, options), problems, close() }.
 * `problems` collects console errors, page errors and foreign requests; tests assert it stays empty.
 */
export async function session({ csp = false } = {}) {
  const { server, url } = await startServer({ csp });
  const browser = await launch();
  const problems = [];
  async function open(path = "", { locale = "en-US", colorScheme } = {}) {
    const context = await browser.newContext({ locale, colorScheme });
    const page = await context.newPage();
    page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
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
  }
  return { url, open, problems, close };
}
