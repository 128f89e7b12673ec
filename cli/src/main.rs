//! `orderguard catalog FILE|-`: the seller page's catalog check as a command, for a seller's ERP or a
//! marketplace's data pipeline. The report goes to standard output (or `--output`) as it is checked, in
//! input order; the summary goes to standard error. `orderguard orders FILE|-`: the orders board.

mod args;
mod orders;
mod report;

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use args::{Args, Command, USAGE};
use orderguard_cli::{check_in_parallel, Failure};

fn main() -> ExitCode {
    let command = match args::parse(std::env::args().skip(1), now()) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("orderguard: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let args = match command {
        Command::Help => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Command::OrdersHelp => {
            print!("{}", orders::USAGE);
            return ExitCode::SUCCESS;
        }
        Command::Orders(args) => return exit(run_orders(&args), args.options.locale),
        Command::Catalog(args) => args,
    };
    exit(run(&args), args.options.locale)
}

fn exit(result: Result<(), Failure>, locale: orderguard_core::Locale) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(e)) => {
            eprintln!("orderguard: {}", e.message(locale));
            ExitCode::from(1)
        }
        // A reader that stopped reading (`| head`) is not an error of ours.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("orderguard: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &Args) -> Result<(), Failure> {
    args.options
        .check_options()
        .validate()
        .map_err(Failure::Input)?;
    let input: Box<dyn Read + Send> = match &args.input {
        Some(path) => Box::new(File::open(path).map_err(|e| with_path(e, path))?),
        None => Box::new(io::stdin()),
    };
    let output: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(File::create(path).map_err(|e| with_path(e, path))?),
        None => Box::new(io::stdout().lock()),
    };
    let (form, locale) = (args.report, args.options.locale);
    let mut writer = report::Writer::new(BufWriter::new(output), form, locale);
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let report = check_in_parallel(
        input,
        &args.options,
        threads,
        |part| report::render(part, form, locale),
        |lines| writer.write(&lines),
    )?;
    writer.end(&report)?;
    let name = args.input.as_deref().unwrap_or("standard input");
    eprint!("{}", report::summary(name, &report, args.options.locale));
    Ok(())
}

/// The orders board over a whole export: read, checked, written.
fn run_orders(args: &orders::OrdersArgs) -> Result<(), Failure> {
    let mut data = Vec::new();
    match &args.input {
        Some(path) => File::open(path)
            .and_then(|mut f| f.read_to_end(&mut data))
            .map_err(|e| with_path(e, path))?,
        None => io::stdin().read_to_end(&mut data)?,
    };
    let report = orderguard_core::orders::check_orders(
        &data,
        &args.options,
        &orderguard_core::host::NativeHost,
        &orderguard_core::host::NativeHost,
    )
    .map_err(Failure::Input)?;
    let text = match args.report {
        orders::OrdersForm::Csv => orderguard_core::orders::actions_csv(&report),
        orders::OrdersForm::Json => {
            serde_json::to_string(&report).map_err(|e| io::Error::other(e.to_string()))? + "\n"
        }
    };
    let mut output: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(File::create(path).map_err(|e| with_path(e, path))?),
        None => Box::new(io::stdout().lock()),
    };
    output.write_all(text.as_bytes())?;
    output.flush()?;
    let name = args.input.as_deref().unwrap_or("standard input");
    eprint!("{}", orders::summary(name, &report));
    Ok(())
}

/// The clock's reading, for the orders board's default `--now`: the command reads the clock, the core
/// never does.
fn now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    orderguard_core::delivery::Instant(seconds).to_rfc3339(0)
}

fn with_path(e: io::Error, path: &str) -> io::Error {
    io::Error::new(e.kind(), format!("{path}: {e}"))
}
