// Imported first by the checkout entry: fetches and compiles the checkout package while the rest of the
// entry evaluates and the elements render their frames, instead of when the first element asks for it.
// A failed load is reported to the elements that await it.
import { loadOrderguard } from "./runtime.js";

loadOrderguard();
