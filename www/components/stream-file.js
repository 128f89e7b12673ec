// What the seller tools' workers share: a File fed to a streaming checker chunk by chunk (File.stream(),
// so memory holds one chunk, not the file), progress reported at most every 100 ms or 1 MiB, and the
// reading stopped as soon as the check's own token says it was cancelled; errors posted as data.
import { internalError } from "./runtime.js";

/** A thrown error as the page receives it; a trap (WebAssembly.RuntimeError) as `internal_error`. */
export function errorData(thrown, locale) {
  const error = thrown instanceof WebAssembly.RuntimeError ? internalError(locale) : thrown;
  return { type: "error", code: error?.code ?? "internal_error", field: error?.field ?? "", message: error?.message ?? String(error) };
}

/** Progress is reported after this long or this many bytes, whichever comes first. */
const PROGRESS_MS = 100;
const PROGRESS_BYTES = 1 << 20;

/**
 * Pushes every chunk of `file` into `checker` (which has `push` and `bytesSeen`), calling `onProgress()`
 * as it goes. Resolves to false when `token.cancelled` turned true (the stream is then cancelled), true
 * once the whole file is pushed.
 */
export async function pushFile(file, checker, token, onProgress) {
  const reader = file.stream().getReader();
  let last = 0;
  let lastBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (token.cancelled) {
      await reader.cancel();
      return false;
    }
    if (done) return true;
    checker.push(value);
    if (performance.now() - last >= PROGRESS_MS || checker.bytesSeen - lastBytes >= PROGRESS_BYTES) {
      last = performance.now();
      lastBytes = checker.bytesSeen;
      onProgress();
    }
  }
}
