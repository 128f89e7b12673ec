// See `read_ascii_pair` in wasm/src/delivery.rs.
export function readAsciiPair(a, b, out) {
  if (typeof a !== "string" || typeof b !== "string" || a.length + b.length > out.length) return -1;
  const n = a.length;
  for (let i = 0; i < n + b.length; i++) {
    const code = i < n ? a.charCodeAt(i) : b.charCodeAt(i - n);
    if (code > 0x7f) return -1;
    out[i] = code;
  }
  return n | (b.length << 8);
}
