//! orderguard in the browser. Every export is the same three steps: read the arguments (`boundary`),
//! call the core, write the result. Each capability's exports and TypeScript types sit in its own
//! module; the `checkout`, `seller` and `orders` features choose which ship in a package.

// Public for its tests in the browser (tests/alloc.rs); it is the allocator of the checkout package only.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod alloc;
mod boundary;
#[cfg(debug_assertions)]
mod debug;
mod host;

#[cfg(feature = "checkout")]
mod address;
#[cfg(feature = "seller")]
mod catalog;
#[cfg(feature = "checkout")]
mod delivery;
#[cfg(feature = "seller")]
mod listing;
#[cfg(feature = "orders")]
mod orders;
#[cfg(feature = "checkout")]
mod returns;

#[cfg(feature = "checkout")]
pub use address::*;
#[cfg(feature = "seller")]
pub use catalog::*;
#[cfg(feature = "checkout")]
pub use delivery::*;
#[cfg(feature = "seller")]
pub use listing::*;
#[cfg(feature = "orders")]
pub use orders::*;
#[cfg(feature = "checkout")]
pub use returns::*;

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const COMMON_TYPES: &'static str = include_str!("../types/common.d.ts");

/// The address types, declared once for the two packages that validate addresses.
#[cfg(any(feature = "checkout", feature = "orders"))]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const ADDRESS_TYPES: &'static str = include_str!("../types/address-types.d.ts");

#[cfg(all(target_arch = "wasm32", feature = "checkout", not(feature = "seller")))]
#[global_allocator]
static ALLOCATOR: alloc::ClassAllocator = alloc::ClassAllocator::new();
