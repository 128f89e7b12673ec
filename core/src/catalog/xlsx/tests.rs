//! The reader against real files from two writers, hand-built packages for every error, and
//! mutated input that must never panic.

use super::shared_strings::{self, SharedStrings};
use super::sheet::{self, Budget};
use super::*;

const OPENPYXL: &[u8] = include_bytes!("../../../../tests/golden/xlsx/ozon_template_openpyxl.xlsx");
const XLSXWRITER: &[u8] =
    include_bytes!("../../../../tests/golden/xlsx/ozon_template_xlsxwriter.xlsx");
const XLSXWRITER_INLINE: &[u8] =
    include_bytes!("../../../../tests/golden/xlsx/ozon_template_xlsxwriter_constant_memory.xlsx");

const FIXTURES: [(&str, &[u8], &str); 3] = [
    (
        "openpyxl",
        OPENPYXL,
        include_str!("../../../../tests/golden/xlsx/ozon_template_openpyxl.expected.json"),
    ),
    (
        "xlsxwriter",
        XLSXWRITER,
        include_str!("../../../../tests/golden/xlsx/ozon_template_xlsxwriter.expected.json"),
    ),
    (
        "xlsxwriter constant memory",
        XLSXWRITER_INLINE,
        include_str!(
            "../../../../tests/golden/xlsx/ozon_template_xlsxwriter_constant_memory.expected.json"
        ),
    ),
];

type Sheets = Vec<(String, Vec<SheetRow>)>;

fn read_all(bytes: &[u8]) -> Result<Sheets, XlsxError> {
    let workbook = open(bytes)?;
    let names = workbook.sheet_names();
    let mut sheets = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        sheets.push((name, workbook.rows(i)?));
    }
    Ok(sheets)
}

fn expected_sheets(json: &str) -> Sheets {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|sheet| {
            let rows = sheet["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| SheetRow {
                    number: row[0].as_u64().unwrap() as u32,
                    cells: row[1]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|c| c.as_str().unwrap().to_string())
                        .collect(),
                });
            (sheet["name"].as_str().unwrap().to_string(), rows.collect())
        })
        .collect()
}

fn texts(row: &SheetRow) -> Vec<&str> {
    row.cells.iter().map(String::as_str).collect()
}

#[test]
fn files_from_two_writers_read_as_they_were_written() {
    for (writer, bytes, expected) in FIXTURES {
        assert_eq!(
            read_all(bytes).unwrap(),
            expected_sheets(expected),
            "{writer}"
        );
    }
}

#[test]
fn ozon_template_headers_line_up_with_their_values_on_the_second_sheet() {
    for (writer, bytes, _) in FIXTURES {
        let workbook = open(bytes).unwrap();
        assert_eq!(
            workbook.sheet_names(),
            ["Инструкция", "Шаблон", "Списки"],
            "{writer}"
        );
        let rows = workbook.rows(1).unwrap();
        let header = rows.iter().find(|r| r.number == 2).unwrap();
        let first = rows.iter().find(|r| r.number == 4).unwrap();
        let column = |name: &str| header.cells.iter().position(|h| h == name).unwrap();
        assert_eq!(first.cells[column("Артикул*")], "000123", "{writer}");
        assert_eq!(first.cells[column("Цена, руб.*")], "1299.99", "{writer}");
        assert_eq!(
            first.cells[column("Аннотация")],
            "Корпус из нержавеющей стали.\nАвтоотключение.\n\nГарантия 2 года.",
            "{writer}"
        );
        // The group heading row has a gap between its two headings.
        assert_eq!(
            texts(&rows[0]),
            ["Основная информация", "", "", "", "", "Характеристики"]
        );
        // Row 6 is absent in the file; the numbers say so.
        let numbers: Vec<u32> = rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 7, 8], "{writer}");
    }
}

#[test]
fn numbers_and_text_keep_exactly_what_the_file_stores() {
    for (writer, bytes, _) in FIXTURES {
        let rows = open(bytes).unwrap().rows(1).unwrap();
        let row5 = texts(&rows[4]);
        // 0.1 + 0.2 is stored as "0.3": no float round trip.
        assert_eq!(row5[2], "0.3", "{writer}");
        assert_eq!(row5[5], "Tom & Jerry's <\"mugs\">", "{writer}");
        assert_eq!(
            row5[1], "Хит продаж: кружка",
            "{writer}: rich text runs concatenate"
        );
        assert_eq!(
            row5[10], "4607001234568",
            "{writer}: a 13-digit number stays whole"
        );
        let row7 = texts(&rows[5]);
        assert_eq!(
            row7[..3],
            ["'0045", "  пробелы по краям  ", "-5"],
            "{writer}"
        );
        assert_eq!(row7[8], "中文描述 😀", "{writer}");
    }
}

// ---- Hand-built packages ----

/// A ZIP archive of stored (or, with `deflate`, compressed) entries, as simple writers produce.
fn zip(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let (method, body) = if deflate {
            (8u16, miniz_oxide::deflate::compress_to_vec(data, 6))
        } else {
            (0u16, data.to_vec())
        };
        let crc = super::zip::crc32(data);
        let offset = out.len() as u32;
        let fields = |sig: u32, v: &mut Vec<u8>| {
            v.extend(sig.to_le_bytes());
        };
        fields(0x0403_4b50, &mut out);
        out.extend(20u16.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(method.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend(crc.to_le_bytes());
        out.extend((body.len() as u32).to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(name.as_bytes());
        out.extend(&body);

        fields(0x0201_4b50, &mut central);
        central.extend(20u16.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(0u16.to_le_bytes());
        central.extend(method.to_le_bytes());
        central.extend([0u8; 4]);
        central.extend(crc.to_le_bytes());
        central.extend((body.len() as u32).to_le_bytes());
        central.extend((data.len() as u32).to_le_bytes());
        central.extend((name.len() as u16).to_le_bytes());
        central.extend([0u8; 12]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

const WORKBOOK_RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/missing.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"#;

/// A workbook written the way some other tools do: prefixed SpreadsheetML elements, no package
/// relationships part, a sheet whose part is missing, escapes in names and text.
fn unusual_workbook(sheet_xml: &str, deflate: bool) -> Vec<u8> {
    let workbook = r#"<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="Товары &amp; цены" sheetId="1" rel:id="rId1"/><x:sheet name="Пусто" sheetId="2" rel:id="rId2"/></x:sheets></x:workbook>"#;
    let shared = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t xml:space="preserve">Строка 1_x000D_
Строка 2</t></si><si><t><![CDATA[<b>CDATA</b>]]></t></si></sst>"#;
    zip(
        &[
            ("xl/workbook.xml", workbook.as_bytes()),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
            ("xl/sharedStrings.xml", shared.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet_xml.as_bytes()),
        ],
        deflate,
    )
}

const UNUSUAL_SHEET: &str = r#"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>
<x:row><x:c><x:v>7</x:v></x:c><x:c t="inlineStr"><x:is><x:t>&#x41;&#66;</x:t></x:is></x:c></x:row>
</x:sheetData></x:worksheet>"#;

#[test]
fn prefixed_stored_workbook_without_package_relationships_reads() {
    for deflate in [false, true] {
        let workbook = open(&unusual_workbook(UNUSUAL_SHEET, deflate)).unwrap();
        assert_eq!(workbook.sheet_names(), ["Товары & цены", "Пусто"]);
        let rows = workbook.rows(0).unwrap();
        assert_eq!(rows[0].number, 1);
        assert_eq!(
            texts(&rows[0]),
            ["Строка 1\r\nСтрока 2", "", "<b>CDATA</b>"]
        );
        assert_eq!(
            rows[1].number, 2,
            "a row without r follows the previous one"
        );
        assert_eq!(texts(&rows[1]), ["7", "AB"]);
    }
}

#[test]
fn a_missing_sheet_part_fails_only_that_sheet() {
    let workbook = open(&unusual_workbook(UNUSUAL_SHEET, false)).unwrap();
    let err = workbook.rows(1).unwrap_err();
    assert_eq!(err.code(), "xlsx_missing_part");
    assert_eq!(err.params()["part"], "xl/worksheets/missing.xml");
    assert!(workbook.rows(0).is_ok());
    let err = workbook.rows(2).unwrap_err();
    assert_eq!(err.code(), "xlsx_no_such_sheet");
    assert_eq!(err.params()["count"], "2");
}

#[test]
fn the_workbook_is_found_through_the_package_relationships() {
    let rels = r#"<Relationships><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/book/main.xml"/></Relationships>"#;
    let workbook = r#"<workbook><sheets><sheet name="Лист1" r:id="s1"/></sheets></workbook>"#;
    let book_rels = r#"<Relationships><Relationship Id="s1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="../sheets/one.xml"/></Relationships>"#;
    let sheet = r#"<worksheet><sheetData><row r="3"><c r="B3" t="str"><v>ok</v></c></row></sheetData></worksheet>"#;
    let bytes = zip(
        &[
            ("_rels/.rels", rels.as_bytes()),
            ("book/main.xml", workbook.as_bytes()),
            ("book/_rels/main.xml.rels", book_rels.as_bytes()),
            ("sheets/one.xml", sheet.as_bytes()),
        ],
        true,
    );
    let workbook = open(&bytes).unwrap();
    assert_eq!(workbook.sheet_names(), ["Лист1"]);
    let rows = workbook.rows(0).unwrap();
    assert_eq!(
        rows,
        [SheetRow {
            number: 3,
            cells: vec!["".into(), "ok".into()]
        }]
    );
}

fn code_of(bytes: &[u8]) -> &'static str {
    match read_all(bytes) {
        Ok(_) => "ok",
        Err(e) => e.code(),
    }
}

#[test]
fn files_that_are_not_workbooks_get_a_clear_error() {
    assert_eq!(code_of(b""), "xlsx_not_zip");
    assert_eq!(code_of("Артикул;Цена\n1;2\n".as_bytes()), "xlsx_not_zip");
    assert_eq!(
        code_of(&XLSXWRITER[..XLSXWRITER.len() / 2]),
        "xlsx_zip_truncated"
    );
    let docx = zip(&[("word/document.xml", b"<w:document/>")], false);
    assert_eq!(code_of(&docx), "xlsx_not_workbook");
    let empty = zip(
        &[("xl/workbook.xml", b"<workbook><sheets/></workbook>")],
        false,
    );
    assert_eq!(code_of(&empty), "xlsx_no_sheets");
    let mut compound = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    compound.resize(512, 0);
    assert_eq!(code_of(&compound), "xlsx_legacy_xls");
    compound.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(code_of(&compound), "xlsx_encrypted");
}

#[test]
fn bytes_appended_after_the_archive_are_ignored() {
    let mut bytes = XLSXWRITER.to_vec();
    bytes.extend_from_slice(b"\r\n-- appended by a mail gateway --\r\n");
    assert_eq!(read_all(&bytes).unwrap(), read_all(XLSXWRITER).unwrap());
}

#[test]
fn sheets_sharing_one_part_read_alike_and_sheet_count_is_bounded() {
    let workbook = |count: usize| {
        let sheets: String = (0..count)
            .map(|i| format!(r#"<sheet name="S{i}" r:id="rId1"/>"#))
            .collect();
        format!("<workbook><sheets>{sheets}</sheets></workbook>")
    };
    let package = |count: usize| {
        zip(
            &[
                ("xl/workbook.xml", workbook(count).as_bytes()),
                ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
                ("xl/worksheets/sheet1.xml", SHEET.as_bytes()),
            ],
            true,
        )
    };
    const SHEET: &str = r#"<worksheet><sheetData><row><c t="inlineStr"><is><t>one</t></is></c></row></sheetData></worksheet>"#;
    let sheets = read_all(&package(3)).unwrap();
    assert_eq!(sheets.len(), 3);
    assert_eq!(sheets[0].1, sheets[2].1);
    assert_eq!(code_of(&package(10_001)), "xlsx_too_many_sheets");
}

#[test]
fn entries_streamed_with_data_descriptors_read_from_the_central_directory() {
    // Streaming writers set flag bit 3 and leave the local header's CRC and sizes zero.
    let mut bytes = unusual_workbook(UNUSUAL_SHEET, true);
    let mut at = 0;
    while bytes[at..].starts_with(&0x0403_4b50u32.to_le_bytes()) {
        bytes[at + 6] |= 8;
        bytes[at + 14..at + 26].fill(0);
        let name_len = u16::from_le_bytes([bytes[at + 26], bytes[at + 27]]) as usize;
        // Find the next local header by its signature after this entry's name.
        let from = at + 30 + name_len;
        at = match bytes[from..]
            .windows(4)
            .position(|w| w == 0x0403_4b50u32.to_le_bytes())
        {
            Some(next) => from + next,
            None => break,
        };
    }
    let mut cd = central_header(&bytes);
    while bytes[cd..].starts_with(&0x0201_4b50u32.to_le_bytes()) {
        bytes[cd + 8] |= 8;
        let lens = |i: usize| u16::from_le_bytes([bytes[cd + i], bytes[cd + i + 1]]) as usize;
        cd += 46 + lens(28) + lens(30) + lens(32);
    }
    let rows = open(&bytes).unwrap().rows(0).unwrap();
    assert_eq!(texts(&rows[1]), ["7", "AB"]);
}

#[test]
fn an_error_becomes_input_error_with_its_parameters() {
    let err = open(b"not a workbook").unwrap_err();
    let input = err.clone().into_input_error("data");
    assert_eq!(
        (input.code.as_str(), input.field.as_str()),
        ("xlsx_not_zip", "data")
    );
    assert_eq!(
        input.message(crate::Locale::Ru),
        err.message(crate::Locale::Ru)
    );
    let missing = open(&unusual_workbook(UNUSUAL_SHEET, false))
        .unwrap()
        .rows(1)
        .unwrap_err();
    assert!(missing
        .message(crate::Locale::En)
        .contains("xl/worksheets/missing.xml"));
    assert!(missing.into_input_error("data").params.contains_key("part"));
}

/// The central-directory header of the first entry in a [`zip`] archive.
fn central_header(bytes: &[u8]) -> usize {
    let eocd = bytes.len() - 22;
    u32::from_le_bytes(bytes[eocd + 16..eocd + 20].try_into().unwrap()) as usize
}

#[test]
fn zip64_encryption_and_unknown_compression_are_refused_by_name() {
    let base = unusual_workbook(UNUSUAL_SHEET, false);
    let eocd = base.len() - 22;

    let mut zip64 = base.clone();
    zip64[eocd + 10..eocd + 12].copy_from_slice(&[0xFF, 0xFF]);
    assert_eq!(code_of(&zip64), "xlsx_zip64_unsupported");

    let mut encrypted = base.clone();
    encrypted[central_header(&base) + 8] |= 1;
    assert_eq!(code_of(&encrypted), "xlsx_encrypted");

    let mut bzip2 = base.clone();
    bzip2[central_header(&base) + 10] = 12;
    let err = read_all(&bzip2).unwrap_err();
    assert_eq!(err.code(), "xlsx_unsupported_compression");
    assert_eq!(err.params()["method"], "12");
}

#[test]
fn a_zip_bomb_stops_at_the_declared_size_and_absurd_sizes_are_refused() {
    let zeros = vec![b' '; 4 << 20];
    let sheet = format!("<worksheet>{}</worksheet>", String::from_utf8_lossy(&zeros));
    let bytes = unusual_workbook(&sheet, true);
    let at = central_header(&bytes)
        + 3 * 46
        + [
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/sharedStrings.xml",
        ]
        .iter()
        .map(|n| n.len())
        .sum::<usize>();
    assert_eq!(&bytes[at + 46..at + 46 + 24], b"xl/worksheets/sheet1.xml");

    // The sheet claims 1,000 bytes but inflates to 4 MB: inflation stops and the part is damaged.
    let mut lying = bytes.clone();
    lying[at + 24..at + 28].copy_from_slice(&1000u32.to_le_bytes());
    assert_eq!(code_of(&lying), "xlsx_damaged_part");

    // A claim beyond what DEFLATE can expand to, or beyond the part limit, is refused up front.
    for claim in [200u32 << 20, u32::MAX - 1] {
        let mut absurd = bytes.clone();
        absurd[at + 24..at + 28].copy_from_slice(&claim.to_le_bytes());
        let code = code_of(&absurd);
        assert!(
            code == "xlsx_damaged_part" || code == "xlsx_too_large",
            "{claim}: {code}"
        );
    }
    let mut huge = bytes.clone();
    huge[at + 24..at + 28].copy_from_slice(&(600u32 << 20).to_le_bytes());
    assert_eq!(code_of(&huge), "xlsx_too_large");
}

#[test]
fn tiny_cells_far_to_the_right_cannot_exhaust_memory() {
    let row = |n: u32| format!(r#"<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>"#);
    let sheet: String = (1..=100).map(row).collect();
    let err = open(&unusual_workbook(&sheet, true))
        .unwrap()
        .rows(0)
        .unwrap_err();
    assert_eq!(err.code(), "xlsx_sheet_too_large");
}

#[test]
fn one_long_shared_string_in_many_cells_is_bounded() {
    let long = "x".repeat(1000);
    let shared = SharedStrings::of(&[&long]);
    let cells: String = (1..=50)
        .map(|n| format!(r#"<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>"#))
        .collect();
    let budget = Budget {
        cells: 1000,
        text_bytes: 20_000,
    };
    let err = sheet::parse_within(cells.as_bytes(), "s.xml", &shared, budget).unwrap_err();
    assert_eq!(err.code(), "xlsx_sheet_text_too_large");
    let budget = Budget {
        cells: 1000,
        text_bytes: 50_000,
    };
    assert_eq!(
        sheet::parse_within(cells.as_bytes(), "s.xml", &shared, budget)
            .unwrap()
            .len(),
        50
    );
}

// ---- Mutated input ----

#[test]
fn every_truncation_of_a_workbook_is_an_error_not_a_panic() {
    // Every cut through the central directory at the end, and a sample of cuts through the parts.
    let directory = XLSXWRITER.len() - 1200;
    for len in (0..XLSXWRITER.len()).filter(|&len| len >= directory || len % 7 == 0) {
        assert!(read_all(&XLSXWRITER[..len]).is_err(), "{len}");
    }
}

#[test]
fn every_truncation_of_sheet_xml_is_handled() {
    let sheet = r#"<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><r><t xml:space="preserve">a &amp; b</t></r></is></c><c t="b"><v>1</v></c></row><!-- c --><row><c><v><![CDATA[5]]></v></c></row></sheetData></worksheet>"#;
    let shared = SharedStrings::of(&["s"]);
    for end in (0..=sheet.len()).filter(|&i| sheet.is_char_boundary(i)) {
        let _ = sheet::parse(&sheet.as_bytes()[..end], "s.xml", &shared);
    }
}

#[test]
fn a_flipped_byte_yields_the_same_rows_or_an_error() {
    let original = read_all(XLSXWRITER).unwrap();
    let mut changed = 0;
    // Every byte of the central directory at the end, and a sample of the parts' bytes.
    let directory = XLSXWRITER.len() - 1200;
    let positions = (0..XLSXWRITER.len()).filter(|&at| at >= directory || at % 7 == 0);
    for (at, flip) in positions.zip([0x01u8, 0x80, 0xFF, 0x20].into_iter().cycle()) {
        let mut bytes = XLSXWRITER.to_vec();
        bytes[at] ^= flip;
        match read_all(&bytes) {
            Ok(sheets) => assert_eq!(sheets, original, "byte {at} ^ {flip:#x}"),
            Err(_) => changed += 1,
        }
    }
    // Flips in parts the reader never opens (theme, styles, document properties) change nothing;
    // the rest are caught, mostly by the CRC-32 of the part they land in.
    assert!(changed > (XLSXWRITER.len() / 7 + 1200) / 3, "{changed}");
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn random_bytes_and_random_edits_never_panic() {
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
    let valid = unusual_workbook(UNUSUAL_SHEET, false);
    for round in 0..3000 {
        let bytes: Vec<u8> = match round % 3 {
            // Pure noise, sometimes with a ZIP signature in front.
            0 => {
                let len = (noise.next() % 400) as usize;
                let mut b: Vec<u8> = (0..len).map(|_| noise.next() as u8).collect();
                if round % 2 == 0 && b.len() >= 4 {
                    b[..4].copy_from_slice(b"PK\x03\x04");
                }
                b
            }
            // A stored workbook (its XML visible to the edits) with a few bytes overwritten.
            1 => {
                let mut b = valid.clone();
                for _ in 0..1 + noise.next() % 4 {
                    let at = (noise.next() % b.len() as u64) as usize;
                    b[at] = noise.next() as u8;
                }
                b
            }
            // A compressed workbook with a span of bytes removed.
            _ => {
                let mut b = XLSXWRITER_INLINE.to_vec();
                let at = (noise.next() % b.len() as u64) as usize;
                let len = (noise.next() % 64) as usize;
                b.drain(at..(at + len).min(b.len()));
                b
            }
        };
        let _ = read_all(&bytes);
    }
}

/// Markup made of `pieces` chosen at random, written twice: as is, and with every element name
/// prefixed (`<x:c>`), which no tag reader of the plain shapes takes, so all of it goes to the tokenizer.
fn plain_and_prefixed(noise: &mut Noise, pieces: &[&str], count: u64) -> (String, String) {
    let (mut plain, mut prefixed) = (String::new(), String::new());
    for _ in 0..1 + noise.next() % count {
        let piece = pieces[(noise.next() % pieces.len() as u64) as usize];
        let column = ["A", "B", "C", "AA"][(noise.next() % 4) as usize];
        let number = (1 + noise.next() % 9).to_string();
        let piece = piece.replace("{col}", column).replace("{n}", &number);
        plain.push_str(&piece.replace("{p}", ""));
        prefixed.push_str(&piece.replace("{p}", "x:"));
    }
    (plain, prefixed)
}

#[test]
fn plain_rows_and_cells_read_as_the_tokenizer_reads_them() {
    const PIECES: [&str; 39] = [
        r#"<{p}c r="{col}{n}" s="2" t="s"><{p}v>{n}</{p}v></{p}c>"#,
        r#"<{p}c r="{col}{n}" t="&#115;"><{p}v>{n}</{p}v></{p}c>"#,
        r#"<{p}c r="XF{col}{n}" t="n"><{p}v>{n}</{p}v></{p}c>"#,
        r#"<{p}c r="{col}{n}" t="e"/>"#,
        r#"<{p}c r="{col}{n}" t="s"><{p}v>{n}</{p}v></{p}c>"#,
        r#"<{p}c r="{col}{n}" s="3"><{p}v>1.{n}0</{p}v></{p}c>"#,
        r#"<{p}c t="b"><{p}v>{n}</{p}v></{p}c>"#,
        r#"<{p}c r="{col}{n}" t="inlineStr"><{p}is><{p}t>i{n}</{p}t></{p}is></{p}c>"#,
        r#"<{p}c r="{col}{n}" t="str"><{p}f>X</{p}f><{p}v>s &amp; {n}</{p}v></{p}c>"#,
        r#"</{p}row><{p}row r="{n}"><{p}c t="s"><{p}v>{n}</{p}v></{p}c>"#,
        "<{p}row>",
        r#"<{p}row r="{n}">"#,
        r#"<{p}row r='{n}' spans="1:3"/>"#,
        r#"<{p}row r=" {n} ">"#,
        r#"<{p}row x14ac:dyDescent="0.25" r="{n}" >"#,
        r#"<{p}row r="{n}"ht="3">"#,
        "</{p}row>",
        r#"<{p}c r="{col}{n}" t="s">"#,
        r#"<{p}c r="{col}{n}">"#,
        r#"<{p}c s="2" t = 'b' r = '{col}{n}'>"#,
        r#"<{p}c r="{col}{n}" s="1"/>"#,
        "<{p}c>",
        "<{p}c/>",
        r#"<{p}c r="{col}&#49;">"#,
        r#"<{p}c r="{col}{n}"t="s">"#,
        r#"<{p}c r="{col}{n}" t="inlineStr">"#,
        r#"<{p}c r="{col}{n}" x:t="str">"#,
        "<{p}v>{n}</{p}v>",
        "<{p}v> {n} </{p}v>",
        "<{p}v>a&amp;b_x000D_</{p}v>",
        "<{p}v><![CDATA[{n}]]></{p}v>",
        "<{p}is><{p}t>in &lt;line</{p}t></{p}is>",
        "<{p}f>A1</{p}f>",
        "<{p}rPh><{p}t>kana</{p}t></{p}rPh>",
        "</{p}c>",
        "text {n}",
        "\n  ",
        "<!-- note -->",
        "<{p}v>",
    ];
    let shared = SharedStrings::of(&["zero", "one", " two ", "", "four", "5", "six", "7", "eight"]);
    let mut noise = Noise(0x5DEE_CE66_D1CE_4E5B);
    for _ in 0..4000 {
        let (plain, prefixed) = plain_and_prefixed(&mut noise, &PIECES, 40);
        assert_eq!(
            sheet::parse(plain.as_bytes(), "s.xml", &shared),
            sheet::parse(prefixed.as_bytes(), "s.xml", &shared),
            "{plain}"
        );
    }
}

#[test]
fn plain_shared_strings_read_as_the_tokenizer_reads_them() {
    const PIECES: [&str; 14] = [
        "<{p}si><{p}t>plain {n}</{p}t></{p}si>",
        r#"<{p}si><{p}t xml:space="preserve"> spaced &amp; {n} </{p}t></{p}si>"#,
        "<{p}si><{p}t>a_x000D_b</{p}t></{p}si>",
        "<{p}si><{p}t></{p}t></{p}si>",
        "<{p}si><{p}t/></{p}si>",
        "<{p}si/>",
        "<{p}si>",
        "</{p}si>",
        "<{p}r><{p}t>run {n}</{p}t></{p}r>",
        "<{p}rPh><{p}t>kana</{p}t>",
        "</{p}rPh>",
        "<{p}t>loose</{p}t>",
        "<{p}si><{p}t><![CDATA[<cdata>]]></{p}t></{p}si>",
        "\n",
    ];
    let strings = |table: SharedStrings| -> Vec<String> {
        (0..)
            .map_while(|i| table.get(i).map(str::to_string))
            .collect()
    };
    let mut noise = Noise(0x2545_F491_4F6C_DD1D);
    for _ in 0..4000 {
        let (plain, prefixed) = plain_and_prefixed(&mut noise, &PIECES, 20);
        let read = |xml: &str| shared_strings::parse(xml.as_bytes(), "ss.xml").map(strings);
        assert_eq!(read(&plain), read(&prefixed), "{plain}");
    }
}
