//! The catalog check against files built the way real exports are (tests/golden/catalog/, made by
//! generate.py there, plus Shopify's own sample exports, unchanged).

use super::*;
use crate::finding::{Finding, Severity};
use crate::host::NativeHost;
use crate::listing::Listing;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/golden/catalog/", $name)).as_slice()
    };
}

fn check(data: &[u8]) -> CatalogReport {
    match check_catalog(data, &CatalogOptions::default(), &NativeHost) {
        Ok(report) => report,
        Err(e) => panic!("unexpected error {e:?}"),
    }
}

fn check_in_chunks(
    data: &[u8],
    options: &CatalogOptions,
    chunk: usize,
) -> Result<CatalogReport, InputError> {
    let mut checker = CatalogChecker::new(options, &NativeHost)?;
    for piece in data.chunks(chunk) {
        checker.push(piece)?;
    }
    Ok(checker.finish()?.render(options.locale))
}

/// The records of a CSV text, as cells.
fn records(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    struct Collect(Vec<Vec<String>>);
    impl RecordSink for Collect {
        fn record(&mut self, record: Record<'_>) -> Result<(), InputError> {
            self.0.push(record.cells.to_vec());
            Ok(())
        }
        fn width(&self) -> Option<usize> {
            None
        }
    }
    let mut sink = Collect(Vec::new());
    let mut reader = CsvReader::new(delimiter);
    reader.push(text, &mut sink).unwrap();
    reader.finish(&mut sink).unwrap();
    sink.0
}

/// The listing the rows make through `plan`, as a catalog fills it.
fn filled(plan: &columns::ColumnPlan, rows: &[Vec<String>]) -> Listing {
    let mut buffer = columns::ListingBuffer::default();
    let mut names = columns::OptionNames::default();
    for row in rows {
        plan.fill(&mut buffer, row, &mut names).unwrap();
    }
    buffer.listing
}

fn error_of(data: &[u8], options: &CatalogOptions) -> InputError {
    match check_catalog(data, options, &NativeHost) {
        Ok(report) => panic!("expected an error, got {} listings", report.listings.len()),
        Err(e) => e,
    }
}

/// Every data row is in exactly one listing or one row error.
fn assert_every_row_accounted_for(report: &CatalogReport) {
    let mut rows: Vec<u32> = report
        .listings
        .iter()
        .flat_map(|l| std::iter::once(l.row).chain(l.grouped_rows.iter().copied()))
        .chain(report.row_errors.iter().map(|e| e.row))
        .collect();
    let count = rows.len();
    rows.sort_unstable();
    rows.dedup();
    assert_eq!(rows.len(), count, "a row is counted twice");
    assert_eq!(count as u32, report.rows, "rows missing from the report");
}

fn listing<'a>(report: &'a CatalogReport, id: &str) -> &'a CheckedListing {
    match report.listings.iter().find(|l| l.id.as_deref() == Some(id)) {
        Some(l) => l,
        None => panic!("no listing {id}"),
    }
}

fn codes(report: &CatalogReport) -> Vec<(u32, &str)> {
    report
        .row_errors
        .iter()
        .map(|e| (e.row, e.code.as_str()))
        .collect()
}

#[test]
fn shopify_sample_exports_group_variants_and_images_by_handle() {
    // (file, data rows, products) counted from the files with Python's csv module.
    for (data, rows, products) in [
        (fixture!("apparel.csv"), 22, 20),
        (fixture!("home-and-garden.csv"), 21, 20),
        (fixture!("jewelery.csv"), 41, 20),
    ] {
        let report = check(data);
        assert_eq!(report.format, "shopify-csv");
        assert_eq!(report.encoding, "utf-8");
        assert_eq!(report.rows, rows);
        assert_eq!(report.listings.len(), products);
        assert!(report.row_errors.is_empty(), "{:?}", report.row_errors);
        assert_every_row_accounted_for(&report);
        assert_eq!(report.summary.listings, products);
        let levels = &report.summary.by_level;
        assert_eq!(levels.low + levels.standard + levels.high, products);
    }
    let report = check(fixture!("apparel.csv"));
    let top = listing(&report, "classic-varsity-top");
    assert_eq!(top.title.as_deref(), Some("Classic Varsity Top"));
    assert_eq!(top.row, 3);
    assert_eq!(top.grouped_rows, vec![4, 5]);
}

#[test]
fn shopify_multi_line_descriptions_keep_the_line_numbers_a_spreadsheet_shows() {
    let report = check(fixture!("jewelery.csv"));
    let rows: Vec<u32> = report.listings.iter().map(|l| l.row).collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]));
    // 41 records over 53 lines: quoted descriptions span lines, so rows run past the record count.
    assert!(report.listings.last().map_or(0, |l| l.row) > 41);
}

#[test]
fn shopify_new_header_names_in_utf16_tab_separated() {
    let report = check(fixture!("shopify-new-headers-utf16le.txt"));
    assert_eq!(report.format, "shopify-csv");
    assert_eq!(report.encoding, "utf-16le");
    assert_eq!(report.rows, 4);
    assert_eq!(report.listings.len(), 2);
    let shirt = listing(&report, "linen-shirt");
    assert_eq!(shirt.title.as_deref(), Some("Linen Shirt"));
    assert_eq!(shirt.grouped_rows, vec![3, 4]);
    assert_every_row_accounted_for(&report);
}

#[test]
fn shopify_rows_become_one_listing_with_sizes_images_and_prices() {
    let text = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant Price,Variant Compare At Price,Image Src\n\
                tee,Tee,<p>Soft</p>,Size,S,10.00,12.00,https://x/1.jpg\n\
                tee,,,,M,10.00,12.00,https://x/2.jpg\n\
                tee,,,,,,,https://x/1.jpg\n";
    let records = records(text, b',');
    // Inspect the folded listing through the columns directly.
    let plan = columns::ColumnPlan::new(&records[0], columns::ColumnSet::Shopify, &BTreeMap::new())
        .unwrap();
    let listing = filled(&plan, &records[1..]);
    assert_eq!(listing.attributes.sizes, vec!["S", "M"]);
    assert_eq!(listing.images.len(), 2);
    assert_eq!(listing.price, Some(10.0));
    assert_eq!(listing.old_price, Some(12.0));
    assert_eq!(listing.description.as_deref(), Some("Soft"));
    let report = check(text.as_bytes());
    assert_eq!(report.listings.len(), 1);
    assert_eq!(report.listings[0].grouped_rows, vec![3, 4]);
}

#[test]
fn ozon_report_in_windows_1251_with_apostrophes_and_russian_numbers() {
    let report = check(fixture!("ozon-products-cp1251.csv"));
    assert_eq!(report.format, "ozon-csv");
    assert_eq!(report.encoding, "windows-1251");
    assert_eq!(report.rows, 5);
    assert_eq!(report.listings.len(), 4);
    let dress = listing(&report, "PL-001");
    assert_eq!(dress.title.as_deref(), Some("Платье летнее льняное"));
    assert_eq!(dress.row, 2);
    // The description of PL-001 spans two lines, so PL-002 starts on line 4.
    assert_eq!(listing(&report, "PL-002").row, 4);
    assert_eq!(codes(&report), vec![(6, "invalid_number")]);
    assert!(report.row_errors[0].message.contains("по запросу"));
    assert_every_row_accounted_for(&report);
}

#[test]
fn ozon_cells_map_to_listing_fields() {
    let text = String::from_utf8_lossy(fixture!("ozon-products-utf8-bom.csv")).into_owned();
    let records = records(text.trim_start_matches('\u{FEFF}'), b';');
    let plan =
        columns::ColumnPlan::new(&records[0], columns::ColumnSet::Ozon, &BTreeMap::new()).unwrap();
    let dress = filled(&plan, &records[1..2]);
    assert_eq!(dress.id.as_deref(), Some("PL-001"));
    assert_eq!(dress.price, Some(2490.0));
    assert_eq!(dress.old_price, Some(3290.0));
    assert_eq!(dress.images.len(), 3);
    assert_eq!(dress.attributes.sizes, vec!["42", "44", "46"]);
    assert_eq!(dress.attributes.material.as_deref(), Some("лён 100%"));
    assert_eq!(
        dress.attributes.weight.as_ref().map(|w| w.value),
        Some(350.0)
    );
    assert!(dress
        .description
        .as_deref()
        .unwrap_or_default()
        .contains("свободный крой.\nДлина"));
    let kettle = filled(&plan, &records[3..4]);
    assert_eq!(kettle.price, Some(1899.9));
    assert_eq!(
        kettle.attributes.weight.as_ref().map(|w| w.value),
        Some(1250.0)
    );
}

#[test]
fn the_same_report_in_utf8_with_a_byte_order_mark_reads_the_same() {
    let cp1251 = check(fixture!("ozon-products-cp1251.csv"));
    let utf8 = check(fixture!("ozon-products-utf8-bom.csv"));
    assert_eq!(utf8.encoding, "utf-8");
    assert_eq!(utf8.listings, cp1251.listings);
    assert_eq!(utf8.row_errors, cp1251.row_errors);
}

#[test]
fn a_generic_catalog_in_utf16_big_endian() {
    let report = check(fixture!("generic-utf16be.csv"));
    assert_eq!(report.format, "csv");
    assert_eq!(report.encoding, "utf-16be");
    assert_eq!(report.listings.len(), 2);
    assert_eq!(
        listing(&report, "G-2").title.as_deref(),
        Some("Desk lamp ✨")
    );
}

#[test]
fn each_kind_of_broken_row_is_reported_at_its_line() {
    let report = check(fixture!("broken-rows.csv"));
    assert_eq!(
        codes(&report),
        vec![
            (3, "wrong_column_count"),
            (4, "broken_quoting"),
            (5, "invalid_number"),
            (6, "wrong_column_count"),
            (9, "unterminated_quote"),
        ]
    );
    // The quote left open on line 9 does not swallow line 10.
    assert_eq!(
        report.listings.iter().map(|l| l.row).collect::<Vec<_>>(),
        vec![2, 7, 10]
    );
    assert_eq!(
        listing(&report, "B-6").title.as_deref(),
        Some("Multi\nline title")
    );
    assert!(
        report.row_errors[0].message.contains("5") && report.row_errors[0].message.contains("4")
    );
    assert!(report.row_errors[4].message.starts_with("Row 9:"));
    assert_eq!(report.rows, 8);
    assert_every_row_accounted_for(&report);
}

#[test]
fn row_errors_speak_the_callers_language() {
    let options = CatalogOptions {
        locale: Locale::Ru,
        ..CatalogOptions::default()
    };
    let report = check_catalog(fixture!("broken-rows.csv"), &options, &NativeHost).unwrap();
    assert!(report.row_errors[0].message.starts_with("Строка 3"));
    let options = CatalogOptions {
        locale: Locale::Zh,
        ..CatalogOptions::default()
    };
    let report = check_catalog(fixture!("broken-rows.csv"), &options, &NativeHost).unwrap();
    assert!(report.row_errors[0].message.contains("第 3 行"));
}

#[test]
fn json_arrays_and_json_lines_give_the_same_listings() {
    let array = check(fixture!("listings.json"));
    let lines = check(fixture!("listings.jsonl"));
    for report in [&array, &lines] {
        assert_eq!(report.format, "json");
        assert_eq!(report.rows, 3);
        assert_eq!(report.listings.len(), 2);
        assert_eq!(report.row_errors.len(), 1);
        assert_eq!(report.row_errors[0].code, "invalid_listing");
        assert!(
            report.row_errors[0].message.contains("price"),
            "{}",
            report.row_errors[0].message
        );
        assert_every_row_accounted_for(report);
    }
    // An array's elements are numbered by position, JSON Lines by line: here both make J-2 the second.
    assert_eq!(array.row_errors[0].row, 2);
    assert_eq!(lines.row_errors[0].row, 2);
    let one_line = check(b"[{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}]");
    assert_eq!(
        one_line.listings.iter().map(|l| l.row).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(array.listings[0].findings, lines.listings[0].findings);
}

#[test]
fn a_file_that_is_not_a_catalog_is_one_clear_error() {
    let defaults = CatalogOptions::default();
    let e = error_of(fixture!("orders-not-a-catalog.csv"), &defaults);
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("not_a_catalog", "data")
    );
    assert!(e.message(Locale::En).contains("Order ID"));
    assert_eq!(error_of(b"", &defaults).code, "empty_catalog");
    assert_eq!(error_of(b"\n\n", &defaults).code, "empty_catalog");
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    assert_eq!(error_of(&binary, &defaults).code, "not_text");
    assert_eq!(
        error_of(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", &defaults).code,
        "not_text"
    );
    assert_eq!(
        error_of(b"PK\x03\x04rest", &defaults).code,
        "xlsx_zip_truncated"
    );
    assert_eq!(error_of(b"[1, 2, 3]", &defaults).code, "not_listings_json");
    assert_eq!(error_of(b"[]", &defaults).code, "not_listings_json");
    let shopify = CatalogOptions {
        format: Format::ShopifyCsv,
        ..CatalogOptions::default()
    };
    assert_eq!(
        error_of(fixture!("generic-utf16be.csv"), &shopify).code,
        "missing_columns"
    );
}

#[test]
fn a_header_without_rows_is_an_empty_catalog_not_an_error() {
    let report = check(b"id,title,price\n");
    assert_eq!((report.rows, report.listings.len()), (0, 0));
    assert_eq!(report.summary.mean_score, None);
}

#[test]
fn the_user_can_force_the_format_encoding_and_columns() {
    let mut options = CatalogOptions {
        format: Format::Csv,
        encoding: Some("windows-1251".into()),
        ..CatalogOptions::default()
    };
    options
        .mapping
        .insert("title".into(), "Наименование".into());
    options.mapping.insert("price".into(), "Стоимость".into());
    let text = "Код;Наименование;Стоимость\n1;Кружка;300\n";
    let cp1251: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'А'..='я' => (c as u32 - 0x410 + 0xC0) as u8,
            _ => c as u8,
        })
        .collect();
    let report = check_catalog(&cp1251, &options, &NativeHost).unwrap();
    assert_eq!(report.encoding, "windows-1251");
    assert_eq!(report.format, "csv");
    assert_eq!(report.listings[0].title.as_deref(), Some("Кружка"));
    // Forced UTF-8 on Windows-1251 bytes reads replacement characters, not an error.
    options.encoding = Some("utf-8".into());
    assert!(check_catalog(&cp1251, &options, &NativeHost).is_err());
    let bad = CatalogOptions {
        encoding: Some("koi8-r".into()),
        ..CatalogOptions::default()
    };
    assert_eq!(error_of(b"a", &bad).field, "options.encoding");
    let unknown = CatalogOptions {
        mapping: [("colour".to_string(), "c".to_string())].into(),
        ..CatalogOptions::default()
    };
    assert_eq!(
        error_of(b"title,c\nx,y\n", &unknown).field,
        "options.mapping.colour"
    );
}

/// A catalog past the sniffing window, with multi-byte text, quoted line breaks and broken rows, so that
/// chunk borders fall inside characters, quoted fields and the window itself.
fn generated_catalog(rows: usize) -> String {
    let mut text =
        String::from("Артикул;Название товара;Цена, руб.;Ссылка на главное фото;Аннотация\n");
    for i in 0..rows {
        let line = match i % 50 {
            7 => format!("'A-{i};Лампа «Свет» №{i};по договорённости;;\n"),
            13 => format!("'A-{i};Кружка 连衣裙 {i};\"12\"x;;\n"),
            21 => format!("'A-{i};Лишняя колонка;1;2;3;4\n"),
            _ => format!(
                "'A-{i};Платье 👗 {i};{},50;https://cdn.example.ru/{i}.jpg;\"Описание; с точкой с запятой\nи переносом\"\n",
                1000 + i
            ),
        };
        text.push_str(&line);
    }
    text
}

#[test]
fn streaming_gives_the_whole_input_result_for_any_chunk_size() {
    let text = generated_catalog(1500);
    assert!(text.len() > 2 * SNIFF_BYTES);
    let utf8 = text.as_bytes().to_vec();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let defaults = CatalogOptions::default();
    for data in [&utf8, &utf16] {
        let whole = check_catalog(data, &defaults, &NativeHost).unwrap();
        assert_eq!(whole.rows, 1500);
        assert_eq!(whole.row_errors.len(), 90);
        assert_every_row_accounted_for(&whole);
        for chunk in [
            1,
            2,
            3,
            5,
            7,
            64,
            1000,
            4093,
            SNIFF_BYTES - 1,
            SNIFF_BYTES + 1,
            data.len(),
        ] {
            let streamed = check_in_chunks(data, &defaults, chunk).unwrap();
            assert_eq!(streamed, whole, "chunk size {chunk}");
        }
    }
    for fixture in [
        fixture!("jewelery.csv"),
        fixture!("ozon-products-cp1251.csv"),
        fixture!("shopify-new-headers-utf16le.txt"),
        fixture!("broken-rows.csv"),
        fixture!("listings.json"),
        fixture!("listings.jsonl"),
        fixture!("shopify-zh-gbk.csv"),
        fixture!("generic-zh-gb18030.csv"),
        fixture!("generic-zh-big5.csv"),
    ] {
        let whole = check_catalog(fixture, &defaults, &NativeHost).unwrap();
        for chunk in [1, 2, 3, 17] {
            assert_eq!(check_in_chunks(fixture, &defaults, chunk).unwrap(), whole);
        }
    }
}

#[test]
fn streamed_json_past_the_sniffing_window_matches_the_whole() {
    let mut text = String::from("[\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "{{\"id\": \"J-{i}\", \"title\": \"Платье, \\\"{i}\\\" [синее]\", \"price\": {i}.5}},\n"
        ));
    }
    text.push_str("{\"id\": \"last\"}\n]\n");
    let defaults = CatalogOptions::default();
    let whole = check_catalog(text.as_bytes(), &defaults, &NativeHost).unwrap();
    assert_eq!(whole.listings.len(), 3001);
    for chunk in [1, 3, 1000, SNIFF_BYTES + 3] {
        assert_eq!(
            check_in_chunks(text.as_bytes(), &defaults, chunk).unwrap(),
            whole
        );
    }
}

#[test]
fn the_checker_counts_bytes_and_listings_as_it_goes() {
    let text = generated_catalog(3000);
    let mut checker = CatalogChecker::new(&CatalogOptions::default(), &NativeHost).unwrap();
    // Listings are checked a batch at a time: past the first batch, some are.
    let (first, rest) = text.as_bytes().split_at(text.len() / 2);
    checker.push(first).unwrap();
    assert_eq!(checker.bytes_seen(), first.len() as u64);
    let early = checker.listings_checked();
    assert!(early > 0);
    checker.push(rest).unwrap();
    assert!(checker.listings_checked() > early);
    assert_eq!(checker.bytes_seen(), text.len() as u64);
}

#[test]
fn a_hundred_thousand_rows_are_all_accounted_for() {
    let mut text = String::from("id,title,price,old price,images,material\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "SKU-{i},\"Cotton shirt, size {}\",{}.99,,https://cdn.example.com/{i}.jpg,cotton\n",
            i % 7,
            10 + i % 90
        ));
    }
    let mut checker = CatalogChecker::new(&CatalogOptions::default(), &NativeHost).unwrap();
    for piece in text.as_bytes().chunks(1 << 20) {
        checker.push(piece).unwrap();
    }
    let report = checker.finish().unwrap();
    assert_eq!(report.rows(), 100_000);
    assert_eq!(report.listing_count(), 100_000);
    assert_eq!(report.listing(99_999).map(|l| l.row), Some(100_001));
    assert_eq!(report.listing(100_000).map(|l| l.row), None);
    assert_eq!(report.summary().listings, 100_000);
    assert_eq!(report.row_error_count(), 0);
    // A few bytes per listing beside its id and title, not the findings' text.
    let text_bytes: usize = report
        .listings()
        .map(|l| l.id.map_or(0, str::len) + l.title.map_or(0, str::len))
        .sum();
    let per_listing = (report.memory() - text_bytes) / 100_000;
    assert!(per_listing < 48, "{per_listing} bytes a listing");
}

#[test]
fn the_summary_counts_levels_codes_and_the_mean() {
    let report = check(fixture!("listings.json"));
    let s = &report.summary;
    assert_eq!(s.listings, 2);
    let mean = report
        .listings
        .iter()
        .map(|l| f64::from(l.score))
        .sum::<f64>()
        / 2.0;
    assert_eq!(s.mean_score, Some((mean * 10.0).round() / 10.0));
    for (code, count) in &s.by_code {
        let expected = report
            .listings
            .iter()
            .filter(|l| l.findings.iter().any(|f| &f.code == code))
            .count();
        assert_eq!(*count, expected, "{code}");
    }
}

macro_rules! workbook {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/golden/xlsx/", $name)).as_slice()
    };
}

#[test]
fn ozon_xlsx_templates_from_different_writers_read_the_same() {
    let books = [
        workbook!("ozon_template_openpyxl.xlsx"),
        workbook!("ozon_template_xlsxwriter.xlsx"),
        workbook!("ozon_template_xlsxwriter_constant_memory.xlsx"),
    ];
    let first = check(books[0]);
    assert_eq!(first.format, "ozon-xlsx");
    // The sheet "Шаблон": headings on row 1, the header on row 2, a row of hints on row 3, data after.
    assert_eq!(first.rows, 4);
    assert_eq!(first.skipped_rows, vec![1, 3]);
    let ids: Vec<Option<&str>> = first.listings.iter().map(|l| l.id.as_deref()).collect();
    assert_eq!(ids, vec![Some("000123"), Some("A-77"), Some("0045"), None]);
    assert_eq!(
        first.listings.iter().map(|l| l.row).collect::<Vec<_>>(),
        vec![4, 5, 7, 8]
    );
    assert!(first.row_errors.is_empty(), "{:?}", first.row_errors);
    assert_eq!(first.notes[0].code, "rows_skipped");
    assert_every_row_accounted_for(&first);
    for book in &books[1..] {
        let other = check(book);
        assert_eq!(other.listings, first.listings);
        assert_eq!(other.row_errors, first.row_errors);
    }
}

#[test]
fn a_workbook_streamed_in_chunks_reads_as_the_whole() {
    let book = workbook!("ozon_template_xlsxwriter.xlsx");
    let whole = check(book);
    for chunk in [1, 100, 4096] {
        assert_eq!(
            check_in_chunks(book, &CatalogOptions::default(), chunk).unwrap(),
            whole
        );
    }
}

#[test]
fn a_workbook_past_the_sniffing_window_reads_whole_in_big_chunks() {
    // A stored (uncompressed) padding part makes the workbook longer than the first bytes looked at.
    let book = workbook!("ozon_template_xlsxwriter.xlsx");
    let whole = check(book);
    let padded = with_padding_part(book, SNIFF_BYTES * 3);
    assert!(padded.len() > 2 * SNIFF_BYTES);
    assert_eq!(check(&padded).listings, whole.listings);
    for chunk in [SNIFF_BYTES + 7, 1 << 20] {
        let streamed = check_in_chunks(&padded, &CatalogOptions::default(), chunk).unwrap();
        assert_eq!(streamed.listings, whole.listings, "chunk {chunk}");
    }
}

/// `book` with one more ZIP entry of `size` stored bytes, which no reader of the workbook looks at.
fn with_padding_part(book: &[u8], size: usize) -> Vec<u8> {
    let eocd = book.len() - 22;
    let cd_size = u32::from_le_bytes(book[eocd + 12..eocd + 16].try_into().unwrap()) as usize;
    let cd_offset = u32::from_le_bytes(book[eocd + 16..eocd + 20].try_into().unwrap()) as usize;
    let count = u16::from_le_bytes([book[eocd + 10], book[eocd + 11]]);
    let name = b"padding.bin";
    let data = vec![b'.'; size];
    let crc = {
        // CRC-32 (IEEE), bit by bit: a test helper needs no table.
        let mut crc = !0u32;
        for &b in &data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    crc >> 1 ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    };
    let le16 = |n: usize| (n as u16).to_le_bytes();
    let le32 = |n: usize| (n as u32).to_le_bytes();
    let mut out = book[..cd_offset].to_vec();
    let local_at = out.len();
    out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&le32(size));
    out.extend_from_slice(&le32(size));
    out.extend_from_slice(&le16(name.len()));
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(name);
    out.extend_from_slice(&data);
    let new_cd_offset = out.len();
    out.extend_from_slice(&book[cd_offset..cd_offset + cd_size]);
    out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    out.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&le32(size));
    out.extend_from_slice(&le32(size));
    out.extend_from_slice(&le16(name.len()));
    out.extend_from_slice(&[0; 12]);
    out.extend_from_slice(&le32(local_at));
    out.extend_from_slice(name);
    let new_cd_size = out.len() - new_cd_offset;
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(count + 1).to_le_bytes());
    out.extend_from_slice(&(count + 1).to_le_bytes());
    out.extend_from_slice(&le32(new_cd_size));
    out.extend_from_slice(&le32(new_cd_offset));
    out.extend_from_slice(&[0, 0]);
    out
}

#[test]
fn a_damaged_or_mislabelled_workbook_is_one_error() {
    let book = workbook!("ozon_template_openpyxl.xlsx");
    let e = error_of(&book[..200], &CatalogOptions::default());
    assert!(e.code.starts_with("xlsx_"), "{}", e.code);
    assert_eq!(e.field, "data");
    let forced = CatalogOptions {
        format: Format::OzonXlsx,
        ..CatalogOptions::default()
    };
    let e = error_of(fixture!("broken-rows.csv"), &forced);
    assert!(e.code.starts_with("xlsx_"), "{}", e.code);
    assert!(!e.message(Locale::Ru).is_empty());
}

/// A small deterministic generator, so that failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

fn scrambled(rng: &mut Lcg, len: usize) -> Vec<u8> {
    const PIECES: &[&[u8]] = &[
        b"a",
        b",",
        b";",
        b"\t",
        b"\"",
        b"\n",
        b"\r\n",
        b"'",
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b"1,5",
        b" ",
        "Ж".as_bytes(),
        "👗".as_bytes(),
        b"\xFF",
        b"\xD0",
        b"\"\"",
        b"12.5",
        b"\0",
    ];
    let mut out = Vec::with_capacity(len + 4);
    while out.len() < len {
        out.extend_from_slice(PIECES[rng.next(PIECES.len())]);
    }
    out
}

#[test]
fn scrambled_input_never_panics_and_streams_like_the_whole() {
    let mut rng = Lcg(7);
    let defaults = CatalogOptions::default();
    let valid_prefix = generated_catalog(800);
    for round in 0..400 {
        let mut data = Vec::new();
        match round % 4 {
            0 => {}
            1 => data.extend_from_slice(b"id,title,price\n"),
            2 => data.extend_from_slice(b"[{\"title\": \"x\"},"),
            // Past the sniffing window, so the random tail goes through the streaming path.
            _ if round % 40 == 3 => data.extend_from_slice(valid_prefix.as_bytes()),
            _ => data.extend_from_slice("Handle,Title,Variant Price\nh,Т,1\n".as_bytes()),
        }
        let len = rng.next(400);
        data.extend(scrambled(&mut rng, len));
        let whole = check_catalog(&data, &defaults, &NativeHost);
        if let Ok(report) = &whole {
            assert_every_row_accounted_for(report);
        }
        let chunk = 1 + rng.next(97);
        assert_eq!(
            check_in_chunks(&data, &defaults, chunk),
            whole,
            "round {round}"
        );
    }
}

#[test]
fn a_chinese_sellers_excel_csv_reads_as_chinese_and_says_the_encoding_was_guessed() {
    let report = check(fixture!("shopify-zh-gbk.csv"));
    assert_eq!(report.encoding, "gbk");
    assert_eq!(report.format, "shopify-csv");
    let titles: Vec<_> = report.listings.iter().map(|l| l.title.as_deref()).collect();
    assert_eq!(
        titles,
        [Some("真丝连衣裙 夏季新款"), Some("青花瓷茶杯（四只装）")]
    );
    assert_eq!(report.listings[0].grouped_rows, [3]);
    let note = &report.notes[0];
    assert_eq!(note.code, "encoding_guessed");
    assert_eq!(note.params["encoding"], "gbk");
    assert!(note.message.contains("gbk"), "{}", note.message);

    let big5 = check(fixture!("generic-zh-big5.csv"));
    assert_eq!(big5.encoding, "big5");
    assert_eq!(big5.listings[0].title.as_deref(), Some("手工皮革錢包"));
    let gb18030 = check(fixture!("generic-zh-gb18030.csv"));
    assert_eq!(gb18030.encoding, "gb18030");
    assert_eq!(
        gb18030.listings[0].title.as_deref(),
        Some("羊绒围巾 𠮷字纹")
    );
}

#[test]
fn an_encoding_the_user_names_is_not_reported_as_guessed() {
    let options = CatalogOptions {
        encoding: Some("cp936".into()),
        ..CatalogOptions::default()
    };
    let report = check_catalog(fixture!("shopify-zh-gbk.csv"), &options, &NativeHost).unwrap();
    assert_eq!(report.encoding, "gbk");
    let guessed = |notes: &[Finding]| notes.iter().any(|n| n.code == "encoding_guessed");
    assert!(!guessed(&report.notes));
    // Unicode found from the bytes is not in doubt either.
    assert!(!guessed(&check(fixture!("jewelery.csv")).notes));
    // Read as Windows-1251 on purpose, the same bytes give other titles: the choice is the user's.
    let options = CatalogOptions {
        encoding: Some("windows-1251".into()),
        ..CatalogOptions::default()
    };
    let report = check_catalog(fixture!("shopify-zh-gbk.csv"), &options, &NativeHost).unwrap();
    assert_ne!(
        report.listings[0].title.as_deref(),
        Some("真丝连衣裙 夏季新款")
    );
}

#[test]
fn an_ozon_template_saved_as_csv_skips_its_headings_and_hints_and_reads_the_listings() {
    let report = check(fixture!("ozon-template-cp1251.csv"));
    assert_eq!(report.format, "ozon-csv");
    assert_eq!(report.encoding, "windows-1251");
    // Group headings on line 1, the headers on line 2, the hints on line 3: not listings, not errors.
    assert_eq!(report.skipped_rows, vec![1, 3]);
    assert_eq!(report.rows, 3);
    assert!(report.row_errors.is_empty(), "{:?}", report.row_errors);
    let ids: Vec<_> = report.listings.iter().map(|l| l.id.as_deref()).collect();
    assert_eq!(ids, [Some("SH-01"), Some("SH-02"), Some("KT-10")]);
    assert_eq!(report.listings[0].row, 4);
    let skipped = report
        .notes
        .iter()
        .find(|n| n.code == "rows_skipped")
        .unwrap();
    assert!(skipped.message.contains("1, 3") && skipped.message.contains("line 2"));
    // Every line is a listing, a row error or a skipped line (besides the header).
    assert_every_row_accounted_for(&report);
}

#[test]
fn a_cut_line_with_an_open_quote_is_one_row_error_and_the_lines_after_it_are_read() {
    let report = check(fixture!("erp-cut-descriptions.csv"));
    assert_eq!(codes(&report), vec![(3, "unterminated_quote")]);
    let ids: Vec<_> = report.listings.iter().map(|l| l.id.as_deref()).collect();
    assert_eq!(ids, [Some("E-1"), Some("E-3"), Some("E-4")]);
    assert_eq!(
        listing(&report, "E-3").title.as_deref(),
        Some("Подушка декоративная")
    );
    assert_eq!(report.rows, 4);
    assert_every_row_accounted_for(&report);
    for chunk in [1, 7, 64] {
        assert_eq!(
            check_in_chunks(
                fixture!("erp-cut-descriptions.csv"),
                &CatalogOptions::default(),
                chunk
            )
            .unwrap(),
            report
        );
    }
}

#[test]
fn a_report_renders_in_any_language_after_the_check() {
    let mut checker = CatalogChecker::new(&CatalogOptions::default(), &NativeHost).unwrap();
    checker.push(fixture!("ozon-products-cp1251.csv")).unwrap();
    let report = checker.finish().unwrap();
    let en = report.render(Locale::En);
    let ru = report.render(Locale::Ru);
    assert_eq!(en.listings.len(), ru.listings.len());
    assert_ne!(
        en.listings[0].findings[0].message,
        ru.listings[0].findings[0].message
    );
    assert!(ru.row_errors[0].message.starts_with("Строка 6"));
    // What is stored is what one listing's own check finds.
    let first = report.render_listing(0, Locale::Zh).unwrap();
    assert_eq!(first, report.render(Locale::Zh).listings[0]);
}

#[test]
fn batches_checked_apart_and_added_in_order_give_the_report_checked_in_one_go() {
    let text = generated_catalog(5000);
    let options = CatalogOptions::default();
    let whole = check_catalog(text.as_bytes(), &options, &NativeHost).unwrap();
    let mut reader = CatalogReader::new(&options, &NativeHost).unwrap();
    reader.push(text.as_bytes()).unwrap();
    let facts = reader.finish().unwrap();
    let batches = reader.take_ready();
    assert!(batches.len() > 1);
    let checker = BatchChecker::new(&options.check_options());
    // Checked last to first, each with its own scratch, as threads would.
    let mut parts: Vec<ReportPart> = batches
        .iter()
        .rev()
        .map(|b| checker.check(b, &mut CheckScratch::default()))
        .collect();
    parts.reverse();
    let mut report = CompactReport::new(options.locale);
    for part in parts {
        report.absorb(part);
    }
    report.set_facts(facts);
    assert_eq!(report.render(options.locale), whole);
}

/// A file Excel saved on a Russian Windows, as text.
fn decode_cp1251(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1251.decode(bytes).0.into_owned()
}

/// The rows of a Shopify export's product `handle`.
fn product_rows(records: &[Vec<String>], handle: &str) -> Vec<Vec<String>> {
    records
        .iter()
        .filter(|r| r.first().map(String::as_str) == Some(handle))
        .cloned()
        .collect()
}

fn finding_codes<'r>(report: &'r CatalogReport, id: &str) -> Vec<&'r str> {
    listing(report, id)
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect()
}

#[test]
fn a_shopify_export_gives_its_taxonomy_metafields_and_options_to_the_listings() {
    let text = String::from_utf8_lossy(fixture!("shopify-taxonomy-pt.csv")).into_owned();
    let records = records(&text, b',');
    let plan = columns::ColumnPlan::new(&records[0], columns::ColumnSet::Shopify, &BTreeMap::new())
        .unwrap();
    let product = |handle| filled(&plan, &product_rows(&records, handle));

    let shirt = product("camiseta-algodao");
    // The taxonomy path's most specific known segment, and the standard metafields.
    assert_eq!(shirt.category.as_deref(), Some("apparel"));
    assert_eq!(shirt.attributes.color.as_deref(), Some("white; navy"));
    assert_eq!(shirt.attributes.material.as_deref(), Some("organic-cotton"));
    assert_eq!(shirt.attributes.gender.as_deref(), Some("unisex"));
    // Sizes from the option named in Portuguese, across the variant rows (beside the size metafield's).
    assert_eq!(
        shirt.attributes.sizes,
        vec!["small", "medium", "large", "P", "M", "G"]
    );
    assert_eq!(
        shirt.attributes.care.as_deref(),
        Some("Lavar à mão em água fria")
    );
    assert!(shirt.attributes.size_chart.is_some());
    assert_eq!(
        shirt.attributes.weight.as_ref().map(|w| w.value),
        Some(180.0)
    );

    // Sneakers sit under "Apparel & Accessories", and are shoes.
    let sneakers = product("tenis-corrida");
    assert_eq!(sneakers.category.as_deref(), Some("shoes"));
    assert_eq!(sneakers.attributes.sizes, vec!["38", "40"]);
    assert_eq!(sneakers.attributes.color.as_deref(), Some("Preto"));
    // Variant Grams is grams whatever unit the store shows weights in.
    assert_eq!(
        sneakers.attributes.weight.as_ref().map(|w| w.value),
        Some(620.0)
    );

    let dress = product("vestido-linho");
    assert_eq!(dress.attributes.sizes, vec!["44", "46"]);
    assert_eq!(dress.attributes.color.as_deref(), Some("Бежевый"));
    let blouse = product("blusa-seda");
    assert_eq!(blouse.attributes.sizes, vec!["M"]);
    assert_eq!(blouse.attributes.color.as_deref(), Some("米白"));

    // Custom metafields labelled in Portuguese, each value with its unit.
    let vase = product("vaso-ceramica");
    assert_eq!(vase.category.as_deref(), Some("home"));
    let d = vase.attributes.dimensions.as_ref().unwrap();
    assert_eq!((d.length, d.width, d.height), (150.0, 150.0, 300.0));
    // Zero grams is Shopify's "not given".
    assert_eq!(product("almofada-linho").attributes.weight, None);
}

#[test]
fn a_shopify_export_reports_what_it_cannot_hold_once_for_the_catalog() {
    let report = check(fixture!("shopify-taxonomy-pt.csv"));
    assert_eq!(report.format, "shopify-csv");
    assert_eq!(report.listings.len(), 6);
    assert_every_row_accounted_for(&report);
    for l in &report.listings {
        let id = l.id.as_deref().unwrap_or_default();
        let codes = finding_codes(&report, id);
        // Filled columns are read: no listing is faulted for what its row holds.
        for filled in [
            "unknown_category",
            "missing_color",
            "missing_material",
            "missing_sizes",
            "missing_size_chart",
            "missing_dimensions",
        ] {
            assert!(!codes.contains(&filled), "{id}: {filled}");
        }
        // Nor for what no Shopify product CSV can hold.
        for gap in [
            "missing_shipping_info",
            "missing_return_info",
            "missing_video",
        ] {
            assert!(!codes.contains(&gap), "{id}: {gap}");
        }
    }
    // What the row can hold and does not is still found: the cushion's weight, the sneakers' care
    // (recommended for shoes, so a warning, where a shirt's would be an error).
    assert!(finding_codes(&report, "almofada-linho").contains(&"missing_weight"));
    let sneakers = listing(&report, "tenis-corrida");
    let care = sneakers.findings.iter().find(|f| f.code == "missing_care");
    assert_eq!(care.map(|f| f.severity), Some(Severity::Warning));

    let gaps: Vec<(&str, &str)> = report
        .notes
        .iter()
        .filter(|n| n.code == "store_level_gap")
        .map(|n| (n.params["rule"].as_str(), n.params["listings"].as_str()))
        .collect();
    assert_eq!(
        gaps,
        vec![
            ("missing_shipping_info", "6"),
            ("missing_return_info", "6"),
            ("missing_video", "6")
        ]
    );
    let shipping = report
        .notes
        .iter()
        .find(|n| n.params.get("rule").map(String::as_str) == Some("missing_shipping_info"))
        .unwrap();
    assert!(shipping.message.contains("Shopify"), "{}", shipping.message);
    assert!(
        shipping
            .hint
            .as_deref()
            .unwrap_or_default()
            .contains("Settings › Policies"),
        "{:?}",
        shipping.hint
    );
    // The summary counts only what the listings were faulted for.
    assert!(!report.summary.by_code.contains_key("missing_video"));
}

#[test]
fn a_column_for_a_gap_brings_the_listings_finding_back() {
    // A store that keeps shipping terms in a custom metafield can fix them in the file.
    let text =
        "Handle,Title,Variant Price,Image Src,Shipping (product.metafields.custom.shipping)\n\
                mug,Mug,10.00,https://x/1.jpg,\n\
                cup,Cup,8.00,https://x/2.jpg,Ships in 2 days from Lisbon\n";
    let report = check(text.as_bytes());
    assert!(finding_codes(&report, "mug").contains(&"missing_shipping_info"));
    assert!(!finding_codes(&report, "cup").contains(&"missing_shipping_info"));
    let rules: Vec<&str> = report
        .notes
        .iter()
        .filter_map(|n| n.params.get("rule").map(String::as_str))
        .collect();
    assert_eq!(rules, vec!["missing_return_info", "missing_video"]);
}

#[test]
fn an_ozon_category_template_is_read_by_its_own_column_names() {
    let report = check(fixture!("ozon-template-dresses-cp1251.csv"));
    assert_eq!(report.format, "ozon-csv");
    assert_eq!(report.encoding, "windows-1251");
    assert_eq!(report.skipped_rows, vec![1, 3]);
    assert_eq!(report.listings.len(), 2);
    assert_every_row_accounted_for(&report);

    let text = decode_cp1251(fixture!("ozon-template-dresses-cp1251.csv"));
    let records = records(&text, b';');
    let plan =
        columns::ColumnPlan::new(&records[1], columns::ColumnSet::Ozon, &BTreeMap::new()).unwrap();
    let dress = filled(&plan, &records[3..4]);
    assert_eq!(dress.category.as_deref(), Some("apparel"));
    assert_eq!(dress.brand.as_deref(), Some("Лёта"));
    assert_eq!(dress.attributes.color.as_deref(), Some("бежевый"));
    assert_eq!(dress.attributes.sizes, vec!["42"]);
    assert_eq!(dress.attributes.gender.as_deref(), Some("Женский"));
    assert_eq!(dress.attributes.material.as_deref(), Some("лён 100%"));
    // The packed weight comes first; the package in millimetres.
    assert_eq!(
        dress.attributes.weight.as_ref().map(|w| w.value),
        Some(350.0)
    );
    let d = dress.attributes.dimensions.as_ref().unwrap();
    assert_eq!((d.length, d.width, d.height), (300.0, 250.0, 30.0));
    // "Вес товара, кг" alone is read in kilograms.
    let kilograms = columns::ColumnPlan::new(
        &vec!["Название товара".to_string(), "Вес товара, кг".to_string()],
        columns::ColumnSet::Ozon,
        &BTreeMap::new(),
    )
    .unwrap();
    let light = filled(
        &kilograms,
        &[vec!["Платье".to_string(), "0,31".to_string()]],
    );
    assert_eq!(
        light.attributes.weight.as_ref().map(|w| w.value),
        Some(310.0)
    );

    for l in &report.listings {
        let codes = finding_codes(&report, l.id.as_deref().unwrap_or_default());
        for filled in [
            "missing_color",
            "missing_sizes",
            "missing_material",
            "missing_weight",
        ] {
            assert!(!codes.contains(&filled), "{filled}");
        }
        // Ozon's template has a video column (this one leaves it out, which the seller can fix),
        // but none for delivery or return terms.
        assert!(codes.contains(&"missing_video"));
        assert!(!codes.contains(&"missing_shipping_info"));
    }
    let gaps: Vec<&str> = report
        .notes
        .iter()
        .filter(|n| n.code == "store_level_gap")
        .map(|n| n.params["rule"].as_str())
        .collect();
    assert_eq!(gaps, vec!["missing_shipping_info", "missing_return_info"]);
}
