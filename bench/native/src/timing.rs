use std::time::{Duration, Instant};

pub struct Rate {
    pub per_second: f64,
    pub items: usize,
}

/// Runs `pass` (one pass over `items` inputs) repeatedly for at least a second and reports the rate.
pub fn measure(items: usize, mut pass: impl FnMut()) -> Rate {
    pass(); // warm-up: lazily parsed data, caches
    let start = Instant::now();
    let mut passes = 0u32;
    while start.elapsed() < Duration::from_secs(1) {
        pass();
        passes += 1;
    }
    let per_second = items as f64 * f64::from(passes) / start.elapsed().as_secs_f64();
    Rate { per_second, items }
}
