//! In a debug build, a panic's message reaches the browser console before the module traps, so the
//! `WebAssembly.RuntimeError` a page sees comes with its cause. Release builds abort without it: the
//! message formatting would cost every storefront bytes for something no buyer can act on.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

#[wasm_bindgen(start)]
fn show_panics_in_the_console() {
    std::panic::set_hook(Box::new(|info| {
        console_error(&format!("orderguard panicked: {info}"));
    }));
}
