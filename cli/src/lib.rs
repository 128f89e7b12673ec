//! The catalog check on every core: one thread reads the input into batches of rows (reading is
//! sequential: a CSV record cannot be found before the one ahead of it), the others check batches as
//! they come, and each batch's part of the report is handed on in input order. Memory holds the batches
//! in flight, not the file nor the report.

use std::io::Read;
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread;

use orderguard_core::catalog::{
    Batch, BatchChecker, CatalogOptions, CatalogReader, CheckScratch, CompactReport, FileFacts,
    ReportPart,
};
use orderguard_core::host::NativeHost;
use orderguard_core::InputError;
use rayon::prelude::*;

/// Bytes read from the input at a time.
const READ_BYTES: usize = 1 << 20;

/// Why a check stopped.
#[derive(Debug)]
pub enum Failure {
    /// The input is not a catalog orderguard can read, or an option is wrong.
    Input(InputError),
    /// Reading the input or writing the report failed.
    Io(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}

enum Message {
    Batches(Vec<Batch>),
    Done(Result<FileFacts, Failure>),
}

/// Checks the catalog read from `input` on `threads` threads. Each part of the report is turned into
/// `T` by `render` on the thread that checked it (text is what takes time to write), then given to
/// `each` in input order. Returns the report's summary: its facts and counts, without the listings.
pub fn check_in_parallel<T: Send>(
    input: impl Read + Send,
    options: &CatalogOptions,
    threads: usize,
    render: impl Fn(&ReportPart) -> T + Sync,
    mut each: impl FnMut(T) -> std::io::Result<()>,
) -> Result<CompactReport, Failure> {
    let threads = threads.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Failure::Io(std::io::Error::other(e)))?;
    // A reader that fails on its options fails here, before any thread starts.
    CatalogReader::new(options, &NativeHost).map_err(Failure::Input)?;
    let checker = BatchChecker::new(&options.check_options());
    let mut report = CompactReport::new(options.locale);
    // Enough batches in flight to keep every thread busy while the reader reads on.
    let (sender, receiver) = sync_channel::<Message>(threads * 2);
    thread::scope(|scope| {
        scope.spawn(move || {
            let done = read_batches(input, options, |batches| {
                sender.send(Message::Batches(batches)).is_ok()
            });
            // The receiver is gone only when the check already stopped.
            let _ = sender.send(Message::Done(done));
        });
        let facts = check_batches(&receiver, threads * 4, |wave| {
            let parts: Vec<(ReportPart, T)> = pool.install(|| {
                wave.par_iter()
                    .map_init(CheckScratch::default, |scratch, batch| {
                        let part = checker.check(batch, scratch);
                        let rendered = render(&part);
                        (part, rendered)
                    })
                    .collect()
            });
            for (part, rendered) in parts {
                report.count_only(&part);
                each(rendered)?;
            }
            Ok(())
        });
        // Dropping the receiver stops a reader still sending after a failure.
        drop(receiver);
        report.set_facts(facts?);
        Ok(report)
    })
}

/// Reads `input` into batches, handing them to `send` as they are ready (`false` stops reading).
fn read_batches(
    mut input: impl Read,
    options: &CatalogOptions,
    mut send: impl FnMut(Vec<Batch>) -> bool,
) -> Result<FileFacts, Failure> {
    let mut reader = CatalogReader::new(options, &NativeHost).map_err(Failure::Input)?;
    let mut buffer = vec![0; READ_BYTES];
    loop {
        let read = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Failure::Io(e)),
        };
        reader.push(&buffer[..read]).map_err(Failure::Input)?;
        let ready = reader.take_ready();
        if !ready.is_empty() && !send(ready) {
            return Err(Failure::Io(std::io::ErrorKind::BrokenPipe.into()));
        }
    }
    let facts = reader.finish().map_err(Failure::Input)?;
    send(reader.take_ready());
    Ok(facts)
}

/// Takes batches from the reader in waves of about `wave_size`, checking each wave with `check`.
fn check_batches(
    receiver: &Receiver<Message>,
    wave_size: usize,
    mut check: impl FnMut(&[Batch]) -> std::io::Result<()>,
) -> Result<FileFacts, Failure> {
    let mut wave: Vec<Batch> = Vec::new();
    for message in receiver {
        match message {
            Message::Batches(batches) => {
                wave.extend(batches);
                if wave.len() >= wave_size {
                    check(&wave)?;
                    wave.clear();
                }
            }
            Message::Done(done) => {
                let facts = done?;
                check(&wave)?;
                return Ok(facts);
            }
        }
    }
    Err(Failure::Io(std::io::Error::other("the reader stopped")))
}
