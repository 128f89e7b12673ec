//! The command line, read by hand: a handful of options do not need an argument-parsing crate.

use crate::orders::OrdersArgs;
use orderguard_core::catalog::{CatalogOptions, Format};
use orderguard_core::Locale;

pub const USAGE: &str = "\
usage: orderguard catalog [options] FILE|-

Checks every listing of a catalog export (Ozon, Shopify, any CSV with a header row, JSON, XLSX) and
writes the report: one line per listing and per row that could not be read, in input order. The summary
goes to standard error.

options:
  --report csv|jsonl     the report's form (default csv: the columns of the seller page's download)
  --output PATH          write the report to PATH instead of standard output
  --format NAME          auto (default), ozon-xlsx, ozon-csv, shopify-csv, csv, json
  --encoding NAME        auto (default), utf-8, utf-16le, utf-16be, windows-1251, gbk, gb18030, big5
  --map FIELD=HEADER     read listing field FIELD from the column named HEADER (repeatable)
  --locale TAG           the language of messages: en (default), ru, zh
  --profile NAME         the marketplace's thresholds: ozon (default), generic
  --disable RULE         do not report RULE (repeatable)
  --threads N            threads that check listings (default: every core)
  -h, --help             this text

The orders board: orderguard orders --help.
";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportForm {
    Csv,
    JsonLines,
}

#[derive(Debug)]
pub struct Args {
    /// The catalog file, or `None` for standard input.
    pub input: Option<String>,
    pub output: Option<String>,
    pub report: ReportForm,
    pub threads: Option<usize>,
    pub options: CatalogOptions,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Catalog(Box<Args>),
    Orders(Box<OrdersArgs>),
    Help,
    OrdersHelp,
}

/// Reads the command line; `now` is the clock's reading, for the orders board's default `--now`.
pub fn parse(args: impl IntoIterator<Item = String>, now: String) -> Result<Command, String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("catalog") => {}
        Some("orders") => {
            return Ok(crate::orders::parse(args, now)?
                .map_or(Command::OrdersHelp, |a| Command::Orders(Box::new(a))))
        }
        Some("-h" | "--help" | "help") | None => return Ok(Command::Help),
        Some(other) => return Err(format!("unknown command `{other}`")),
    }
    let mut parsed = Args {
        input: None,
        output: None,
        report: ReportForm::Csv,
        threads: None,
        options: CatalogOptions::default(),
    };
    let mut input = None;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--report" => {
                parsed.report = match value("--report")?.as_str() {
                    "csv" => ReportForm::Csv,
                    "jsonl" | "json-lines" => ReportForm::JsonLines,
                    other => return Err(format!("--report: `{other}` is neither csv nor jsonl")),
                }
            }
            "--output" | "-o" => parsed.output = Some(value("--output")?),
            "--format" => parsed.options.format = format(&value("--format")?)?,
            "--encoding" => parsed.options.encoding = Some(value("--encoding")?),
            "--map" => {
                let pair = value("--map")?;
                let (field, header) = pair
                    .split_once('=')
                    .ok_or_else(|| format!("--map: `{pair}` is not FIELD=HEADER"))?;
                parsed
                    .options
                    .mapping
                    .insert(field.trim().to_string(), header.trim().to_string());
            }
            "--locale" => parsed.options.locale = Locale::from_tag(&value("--locale")?),
            "--profile" => parsed.options.profile = Some(value("--profile")?),
            "--disable" => parsed.options.disabled_rules.push(value("--disable")?),
            "--threads" => {
                let n = value("--threads")?;
                let n: usize = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--threads: `{n}` is not a positive number"))?;
                parsed.threads = Some(n);
            }
            "-" => input = Some(None),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file => {
                if input.is_some() {
                    return Err(format!("one catalog at a time (`{file}` is a second)"));
                }
                input = Some(Some(file.to_string()));
            }
        }
    }
    parsed.input = input.ok_or("no catalog: give a FILE, or - for standard input")?;
    Ok(Command::Catalog(Box::new(parsed)))
}

fn format(name: &str) -> Result<Format, String> {
    Ok(match name {
        "auto" => Format::Auto,
        "ozon-xlsx" => Format::OzonXlsx,
        "ozon-csv" => Format::OzonCsv,
        "shopify-csv" => Format::ShopifyCsv,
        "csv" => Format::Csv,
        "json" => Format::Json,
        other => return Err(format!("--format: unknown format `{other}`")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Result<Command, String> {
        parse(
            line.split_whitespace().map(String::from),
            "2026-12-01T10:00:00Z".into(),
        )
    }

    #[test]
    fn options_are_read_and_mistakes_named() {
        let Ok(Command::Catalog(a)) =
            args("catalog --report jsonl --map title=Name --disable missing_video -")
        else {
            panic!("not a catalog command");
        };
        assert_eq!(a.input, None);
        assert_eq!(a.report, ReportForm::JsonLines);
        assert_eq!(a.options.mapping["title"], "Name");
        assert_eq!(a.options.disabled_rules, ["missing_video"]);
        assert!(args("catalog").unwrap_err().contains("no catalog"));
        assert!(args("catalog a.csv b.csv")
            .unwrap_err()
            .contains("one catalog"));
        assert!(args("catalog --threads 0 a.csv")
            .unwrap_err()
            .contains("--threads"));
        assert!(args("listings a.csv")
            .unwrap_err()
            .contains("unknown command"));
        let Ok(Command::Orders(o)) =
            args("orders --country CN --time-zone Asia/Shanghai --handling-days 3 --format shopify-csv a.csv")
        else {
            panic!("not an orders command");
        };
        assert_eq!(o.options.now, "2026-12-01T10:00:00Z");
        assert_eq!(o.input.as_deref(), Some("a.csv"));
        assert!(args("orders a.csv").unwrap_err().contains("--country"));
        assert!(
            args("orders --country CN --time-zone UTC --format xml a.csv")
                .unwrap_err()
                .contains("unknown format")
        );
        assert!(matches!(args("orders --help"), Ok(Command::OrdersHelp)));
        assert!(matches!(args(""), Ok(Command::Help)));
    }
}
