//! The checkout package's allocator: free lists of power-of-two blocks, carved from the wasm memory as it
//! grows. A checkout call allocates a few hundred small blocks and frees nearly all of them before it
//! returns, so reusing blocks by size class is as fast as a general allocator and far smaller: the
//! standard library's dlmalloc is about 7 KB of the package, this under 1 KB. Blocks over 64 KB (a pasted
//! 10 MB string) are whole pages, reused first-fit. The seller package keeps dlmalloc: it streams
//! gigabyte catalogs, where blocks of every size come and go.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

const PAGE: usize = 64 * 1024;
/// Size classes 16, 32, ..., 64 KB.
const SMALLEST: u32 = 4;
const CLASSES: usize = 13;

struct Lists {
    /// Heads of the free lists, one per class; a free block holds the address of the next.
    free: [usize; CLASSES],
    /// The first free run of whole pages; a free run holds the address of the next and its length in
    /// pages. (A list in the runs themselves: the allocator cannot allocate for its own books.)
    runs: usize,
    /// The unused rest of the last page taken for small blocks.
    next: usize,
    end: usize,
}

pub struct ClassAllocator(UnsafeCell<Lists>);

// The wasm32 build has one thread.
unsafe impl Sync for ClassAllocator {}

impl Default for ClassAllocator {
    fn default() -> ClassAllocator {
        ClassAllocator::new()
    }
}

impl ClassAllocator {
    pub const fn new() -> ClassAllocator {
        ClassAllocator(UnsafeCell::new(Lists {
            free: [0; CLASSES],
            runs: 0,
            next: 0,
            end: 0,
        }))
    }
}

/// The class of a block that holds `layout` (its size and alignment), or `None` for whole pages.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << SMALLEST);
    let class = (size.next_power_of_two().trailing_zeros() - SMALLEST) as usize;
    (class < CLASSES).then_some(class)
}

fn pages(size: usize) -> usize {
    size.div_ceil(PAGE)
}

/// `count` fresh pages from the host, or `None` when the memory cannot grow.
fn grow(count: usize) -> Option<usize> {
    let previous = core::arch::wasm32::memory_grow(0, count);
    (previous != usize::MAX).then(|| previous * PAGE)
}

impl Lists {
    unsafe fn small(&mut self, class: usize) -> *mut u8 {
        let head = self.free[class];
        if head != 0 {
            self.free[class] = *(head as *const usize);
            return head as *mut u8;
        }
        let size = 1 << (class as u32 + SMALLEST);
        // Blocks are aligned to their size: the bump pointer moves up to the next multiple.
        let mut at = self.next.next_multiple_of(size);
        if at + size > self.end {
            let Some(page) = grow(1) else {
                return null_mut();
            };
            (self.next, self.end) = (page, page + PAGE);
            at = page;
        }
        self.next = at + size;
        at as *mut u8
    }

    unsafe fn free_small(&mut self, block: *mut u8, class: usize) {
        *(block as *mut usize) = self.free[class];
        self.free[class] = block as usize;
    }

    unsafe fn pages(&mut self, count: usize) -> *mut u8 {
        // First fit; the rest of a longer run stays free where the run was.
        let mut link: *mut usize = &mut self.runs;
        while *link != 0 {
            let run = *link as *mut usize;
            let (next, length) = (*run, *run.add(1));
            if length >= count {
                *link = if length == count {
                    next
                } else {
                    let rest = (run as usize + count * PAGE) as *mut usize;
                    (*rest, *rest.add(1)) = (next, length - count);
                    rest as usize
                };
                return run as *mut u8;
            }
            link = run;
        }
        grow(count).map_or(null_mut(), |at| at as *mut u8)
    }

    unsafe fn free_pages(&mut self, run: *mut u8, count: usize) {
        let run = run as *mut usize;
        (*run, *run.add(1)) = (self.runs, count);
        self.runs = run as usize;
    }
}

unsafe impl GlobalAlloc for ClassAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let lists = &mut *self.0.get();
        match class(layout) {
            Some(class) => lists.small(class),
            None => lists.pages(pages(layout.size())),
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let lists = &mut *self.0.get();
        match class(layout) {
            Some(class) => lists.free_small(block, class),
            None => lists.free_pages(block, pages(layout.size())),
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let same_block = match (class(layout), class(new_layout)) {
            (Some(old), Some(new)) => old == new,
            (None, None) => pages(layout.size()) == pages(new_size),
            _ => false,
        };
        if same_block {
            return block;
        }
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            std::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
            self.dealloc(block, layout);
        }
        moved
    }
}
