//! `orderguard orders FILE|-`: the orders board as a command, for a seller's script that runs every
//! morning: the messages to send as CSV (the page's download), or the whole report as JSON (as the
//! page's `OrdersReport.toJSON()` gives it); the board's headline on standard error.

use std::fmt::Write as _;

use orderguard_core::orders::{OrdersFormat, OrdersOptions, OrdersReport, SellerOptions};
use orderguard_core::{delivery::HandlingDays, Locale};

pub const USAGE: &str = "\
usage: orderguard orders --country CC --time-zone ZONE [options] FILE|-

Checks every order of an orders export (Ozon's postings report as CSV or XLSX, the Ozon Seller API's
postings JSON, Shopify's orders CSV, any table with an order number column) and writes the messages to
send: one CSV line per action (order, posting, action, to, send_on, language, text). The board's
headline goes to standard error.

options:
  --country CC           the warehouse's country (ISO 3166-1 alpha-2): its working-day calendar
  --time-zone ZONE       the warehouse's IANA time zone; the export's times are on its clock
  --now TIME             the moment to check for, RFC 3339 (default: now)
  --cutoff HH:MM         orders accepted later start handling the next working day (default 14:00)
  --handling-days N      working days of handling where the export gives no deadline (default 2)
  --hold-days N          days a pickup point holds a parcel, instead of the carriers' own
  --report csv|json      the messages as CSV (default), or the whole report as JSON
  --output PATH          write the report to PATH instead of standard output
  --format NAME          auto (default), ozon-csv, ozon-xlsx, ozon-api-json, shopify-csv, csv, json
  --encoding NAME        auto (default), utf-8, utf-16le, utf-16be, windows-1251, gbk, gb18030, big5
  --map FIELD=HEADER     read order field FIELD from the column named HEADER (repeatable)
  --locale TAG           the language of findings and the seller's own actions: en (default), ru, zh
  -h, --help             this text
";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdersForm {
    Csv,
    Json,
}

#[derive(Debug)]
pub struct OrdersArgs {
    pub input: Option<String>,
    pub output: Option<String>,
    pub report: OrdersForm,
    pub options: OrdersOptions,
}

/// Reads the arguments after `orders`; `now` is the caller's clock, used when `--now` is not given.
pub fn parse(
    mut args: impl Iterator<Item = String>,
    now: String,
) -> Result<Option<OrdersArgs>, String> {
    let mut options = OrdersOptions {
        now,
        seller: SellerOptions {
            country: String::new(),
            time_zone: String::new(),
            cutoff: None,
            handling_days: None,
        },
        format: OrdersFormat::Auto,
        encoding: None,
        mapping: Default::default(),
        locale: Locale::En,
        hold_days: None,
        method: None,
        transit_days: None,
    };
    let (mut input, mut output, mut report) = (None, None, OrdersForm::Csv);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--country" => options.seller.country = value("--country")?,
            "--time-zone" => options.seller.time_zone = value("--time-zone")?,
            "--now" => options.now = value("--now")?,
            "--cutoff" => options.seller.cutoff = Some(value("--cutoff")?),
            "--handling-days" => {
                let days = number(&value("--handling-days")?, "--handling-days")?;
                options.seller.handling_days = Some(HandlingDays::Exact(days));
            }
            "--hold-days" => {
                options.hold_days = Some(number(&value("--hold-days")?, "--hold-days")?)
            }
            "--report" => {
                report = match value("--report")?.as_str() {
                    "csv" => OrdersForm::Csv,
                    "json" => OrdersForm::Json,
                    other => return Err(format!("--report: `{other}` is neither csv nor json")),
                }
            }
            "--output" | "-o" => output = Some(value("--output")?),
            "--format" => {
                let name = value("--format")?;
                options.format = serde_json::from_value(serde_json::Value::String(name.clone()))
                    .map_err(|_| format!("--format: unknown format `{name}`"))?;
            }
            "--encoding" => options.encoding = Some(value("--encoding")?),
            "--map" => {
                let pair = value("--map")?;
                let (field, header) = pair
                    .split_once('=')
                    .ok_or_else(|| format!("--map: `{pair}` is not FIELD=HEADER"))?;
                options
                    .mapping
                    .insert(field.trim().to_string(), header.trim().to_string());
            }
            "--locale" => options.locale = Locale::from_tag(&value("--locale")?),
            "-" => input = Some(None),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file => {
                if input.is_some() {
                    return Err(format!("one export at a time (`{file}` is a second)"));
                }
                input = Some(Some(file.to_string()));
            }
        }
    }
    if options.seller.country.is_empty() || options.seller.time_zone.is_empty() {
        return Err("--country and --time-zone say where the warehouse is; both are needed".into());
    }
    Ok(Some(OrdersArgs {
        input: input.ok_or("no export: give a FILE, or - for standard input")?,
        output,
        report,
        options,
    }))
}

fn number(text: &str, name: &str) -> Result<u32, String> {
    text.parse()
        .map_err(|_| format!("{name}: `{text}` is not a whole number of days"))
}

/// The board's headline for the person who ran the command.
pub fn summary(name: &str, report: &OrdersReport) -> String {
    let s = &report.summary;
    let mut text = format!(
        "{name}: {}, {}; {} rows: {} orders, {} rows not read\n",
        report.format,
        report.encoding.unwrap_or("xlsx"),
        report.rows,
        s.orders,
        report.row_errors.len()
    );
    let _ = writeln!(
        text,
        "open {}: overdue {}, due today {}, due next working day {}; addresses to confirm {}; pickups expiring {}; {} messages",
        s.open, s.overdue, s.due_today, s.due_next_working_day, s.addresses_to_confirm, s.pickups_expiring, s.actions
    );
    let share =
        |share: Option<f64>| share.map_or("unknown".to_string(), |s| format!("{:.1} %", s * 100.0));
    let _ = writeln!(
        text,
        "last 14 days: late handovers {}, seller cancellations {}",
        share(s.late_handover_share_14d),
        share(s.seller_cancellation_share_14d)
    );
    for threshold in s.thresholds.iter().filter(|t| t.reached == Some(true)) {
        let t = &threshold.threshold;
        let _ = writeln!(
            text,
            "reached: {} {} {} at {:.2} % ({}){}",
            t.marketplace,
            t.scheme,
            t.metric,
            t.share * 100.0,
            t.consequence,
            if t.verified {
                ""
            } else {
                " [source not verified]"
            }
        );
    }
    text
}
