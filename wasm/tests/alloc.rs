#![cfg(target_arch = "wasm32")]

//! The checkout package's allocator (`orderguard_wasm::alloc`), exercised on an instance of its own in
//! the browser: blocks never overlap, keep their contents and alignment, and freed memory is reused.

use std::alloc::{GlobalAlloc, Layout};

use orderguard_wasm::alloc::ClassAllocator;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap()
}

/// Fills a block with a pattern derived from its number, so a block another one overwrote shows.
unsafe fn fill(block: *mut u8, size: usize, tag: u8) {
    for i in 0..size {
        *block.add(i) = tag.wrapping_add(i as u8);
    }
}

unsafe fn intact(block: *mut u8, size: usize, tag: u8) -> bool {
    (0..size).all(|i| *block.add(i) == tag.wrapping_add(i as u8))
}

#[wasm_bindgen_test]
fn blocks_of_every_size_keep_their_contents_and_alignment() {
    let heap = ClassAllocator::new();
    let sizes = [1, 7, 16, 17, 100, 1000, 4096, 5000, 65_536, 70_000, 300_000];
    let aligns = [1, 2, 8, 64, 4096];
    let mut live = Vec::new();
    unsafe {
        for round in 0..3u8 {
            for (i, &size) in sizes.iter().enumerate() {
                let align = aligns[i % aligns.len()];
                let block = heap.alloc(layout(size, align));
                assert!(!block.is_null());
                assert_eq!(block as usize % align, 0, "{size} bytes aligned to {align}");
                let tag = round.wrapping_mul(31).wrapping_add(i as u8);
                fill(block, size, tag);
                live.push((block, size, align, tag));
            }
            // Free every other block, so the next round reuses them between live ones.
            let mut kept = Vec::new();
            for (n, entry) in live.drain(..).enumerate() {
                if n % 2 == 0 {
                    heap.dealloc(entry.0, layout(entry.1, entry.2));
                } else {
                    kept.push(entry);
                }
            }
            live = kept;
        }
        for &(block, size, _, tag) in &live {
            assert!(
                intact(block, size, tag),
                "a {size}-byte block was overwritten"
            );
        }
    }
}

#[wasm_bindgen_test]
fn freed_blocks_are_reused() {
    let heap = ClassAllocator::new();
    unsafe {
        let small = heap.alloc(layout(40, 8));
        heap.dealloc(small, layout(40, 8));
        assert_eq!(heap.alloc(layout(64, 8)), small, "same class, same block");

        // A freed run of four pages serves two requests of two pages each.
        let run = heap.alloc(layout(200_000, 8));
        heap.dealloc(run, layout(200_000, 8));
        let first = heap.alloc(layout(100_000, 8));
        let second = heap.alloc(layout(100_000, 8));
        assert_eq!(first, run);
        assert_eq!(second as usize, run as usize + 2 * 65_536);
    }
}

#[wasm_bindgen_test]
fn reallocation_keeps_the_contents_across_classes_and_pages() {
    let heap = ClassAllocator::new();
    unsafe {
        let mut block = heap.alloc(layout(10, 1));
        fill(block, 10, 3);
        let mut size = 10;
        for grown in [12, 33, 1000, 70_000, 140_000, 100] {
            block = heap.realloc(block, layout(size, 1), grown);
            assert!(
                intact(block, size.min(grown), 3),
                "after growing {size} -> {grown}"
            );
            fill(block, grown, 3);
            size = grown;
        }
        heap.dealloc(block, layout(size, 1));
    }
}
