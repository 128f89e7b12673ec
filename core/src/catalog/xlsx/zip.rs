//! Just enough of ZIP (APPNOTE 6.3) to read an XLSX package: the central directory, stored and DEFLATE
//! entries. Everything a hostile file can lie about is checked: offsets stay inside the file, declared
//! sizes are bounded before anything is inflated, inflation stops at the declared size, and the CRC-32 of
//! every entry is verified so a damaged file fails loudly instead of yielding wrong cells.

use std::collections::HashMap;

use super::error::XlsxError;
use super::limits::{MAX_DEFLATE_RATIO, MAX_PART_BYTES};

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIRECTORY: u32 = 0x0605_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_HEADER_LEN: usize = 46;
const LOCAL_HEADER_LEN: usize = 30;
/// Signature of an OLE compound file: legacy `.xls` and password-protected `.xlsx` both use it.
const COMPOUND_FILE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

const STORED: u16 = 0;
const DEFLATE: u16 = 8;

/// One file inside the archive, as the central directory describes it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    method: u16,
    crc: u32,
    compressed_size: u32,
    size: u32,
    local_header: u32,
}

/// The central directory of a ZIP file, borrowed from its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
    /// Entry index by lower-cased name (the first of duplicates wins), so lookups stay cheap in an
    /// archive of 65,535 entries.
    by_name: HashMap<String, usize>,
}

/// An entry's compressed bytes, owned, so a sheet can be inflated on demand after `open` returns.
#[derive(Clone, Debug)]
pub struct StoredEntry {
    name: String,
    method: u16,
    crc: u32,
    size: u32,
    data: Vec<u8>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn truncated() -> XlsxError {
    XlsxError::new("xlsx_zip_truncated")
}

impl<'a> Archive<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Self, XlsxError> {
        if bytes.starts_with(&COMPOUND_FILE) {
            return Err(compound_file_error(bytes));
        }
        let Some(eocd) = find_end_of_central_directory(bytes) else {
            return Err(if u32_at(bytes, 0) == Some(LOCAL_HEADER) {
                truncated()
            } else {
                XlsxError::new("xlsx_not_zip")
            });
        };
        let field16 = |at| u16_at(bytes, eocd + at).ok_or_else(truncated);
        let field32 = |at| u32_at(bytes, eocd + at).ok_or_else(truncated);
        let (disk, cd_disk) = (field16(4)?, field16(6)?);
        let (on_disk, count) = (field16(8)?, field16(10)?);
        let (cd_size, cd_offset) = (field32(12)?, field32(16)?);
        let zip64_marker = count == u16::MAX || cd_size == u32::MAX || cd_offset == u32::MAX;
        let zip64_locator = eocd >= 20 && u32_at(bytes, eocd - 20) == Some(ZIP64_LOCATOR);
        if zip64_marker || zip64_locator {
            return Err(XlsxError::new("xlsx_zip64_unsupported"));
        }
        if disk != 0 || cd_disk != 0 || on_disk != count {
            return Err(XlsxError::new("xlsx_zip_multipart"));
        }
        let start = cd_offset as usize;
        let end = start.checked_add(cd_size as usize).ok_or_else(truncated)?;
        if end > eocd {
            return Err(truncated());
        }
        let directory = &bytes[start..end];
        let mut entries = Vec::with_capacity(usize::from(count).min(directory.len() / 46));
        let mut at = 0;
        for _ in 0..count {
            let (entry, next) = parse_central_header(directory, at)?;
            entries.push(entry);
            at = next;
        }
        let mut by_name = HashMap::with_capacity(entries.len());
        // In reverse, so that of duplicate names the first entry wins.
        for (i, entry) in entries.iter().enumerate().rev() {
            by_name.insert(part_key(&entry.name), i);
        }
        Ok(Archive {
            bytes,
            entries,
            by_name,
        })
    }

    /// The entry for an OPC part name. Part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3).
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.by_name
            .get(&part_key(name))
            .and_then(|&i| self.entries.get(i))
    }

    /// The entry's compressed bytes, copied out of the archive.
    pub fn store(&self, entry: &Entry) -> Result<StoredEntry, XlsxError> {
        Ok(StoredEntry {
            name: entry.name.clone(),
            method: entry.method,
            crc: entry.crc,
            size: entry.size,
            data: self.compressed(entry)?.to_vec(),
        })
    }

    /// The entry's uncompressed bytes.
    pub fn read(&self, entry: &Entry) -> Result<Vec<u8>, XlsxError> {
        let data = self.compressed(entry)?;
        inflate(&entry.name, entry.method, entry.crc, entry.size, data)
    }

    fn compressed(&self, entry: &Entry) -> Result<&'a [u8], XlsxError> {
        let at = entry.local_header as usize;
        if u32_at(self.bytes, at) != Some(LOCAL_HEADER) {
            return Err(XlsxError::damaged_part(&entry.name));
        }
        let name_len = u16_at(self.bytes, at + 26).ok_or_else(truncated)?;
        let extra_len = u16_at(self.bytes, at + 28).ok_or_else(truncated)?;
        let start = at + LOCAL_HEADER_LEN + usize::from(name_len) + usize::from(extra_len);
        let end = start
            .checked_add(entry.compressed_size as usize)
            .ok_or_else(truncated)?;
        self.bytes.get(start..end).ok_or_else(truncated)
    }
}

impl StoredEntry {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn inflate(&self) -> Result<Vec<u8>, XlsxError> {
        inflate(&self.name, self.method, self.crc, self.size, &self.data)
    }
}

fn part_key(name: &str) -> String {
    name.trim_start_matches('/').to_ascii_lowercase()
}

/// The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
fn find_end_of_central_directory(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(EOCD_LEN)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last).rev().find(|&at| {
        // Some tools append bytes after the archive; the comment must still fit in the file.
        u32_at(bytes, at) == Some(END_OF_CENTRAL_DIRECTORY)
            && u16_at(bytes, at + 20)
                .is_some_and(|len| at + EOCD_LEN + usize::from(len) <= bytes.len())
    })
}

fn parse_central_header(directory: &[u8], at: usize) -> Result<(Entry, usize), XlsxError> {
    if u32_at(directory, at) != Some(CENTRAL_HEADER) {
        return Err(truncated());
    }
    let field16 = |offset| u16_at(directory, at + offset).ok_or_else(truncated);
    let field32 = |offset| u32_at(directory, at + offset).ok_or_else(truncated);
    let flags = field16(8)?;
    let method = field16(10)?;
    let crc = field32(16)?;
    let compressed_size = field32(20)?;
    let size = field32(24)?;
    let name_len = usize::from(field16(28)?);
    let extra_len = usize::from(field16(30)?);
    let comment_len = usize::from(field16(32)?);
    let local_header = field32(42)?;
    let name_start = at + CENTRAL_HEADER_LEN;
    let name_bytes = directory
        .get(name_start..name_start + name_len)
        .ok_or_else(truncated)?;
    // OPC part names are ASCII; a name that is not UTF-8 cannot be a part the reader looks for.
    let name = std::str::from_utf8(name_bytes)
        .unwrap_or_default()
        .to_string();
    let next = name_start + name_len + extra_len + comment_len;
    if next > directory.len() {
        return Err(truncated());
    }
    if compressed_size == u32::MAX || size == u32::MAX || local_header == u32::MAX {
        return Err(XlsxError::new("xlsx_zip64_unsupported"));
    }
    if flags & 1 != 0 {
        return Err(XlsxError::new("xlsx_encrypted"));
    }
    if method != STORED && method != DEFLATE {
        return Err(XlsxError::new("xlsx_unsupported_compression")
            .param("part", &name)
            .param("method", method));
    }
    let entry = Entry {
        name,
        method,
        crc,
        compressed_size,
        size,
        local_header,
    };
    Ok((entry, next))
}

fn inflate(
    name: &str,
    method: u16,
    crc: u32,
    size: u32,
    data: &[u8],
) -> Result<Vec<u8>, XlsxError> {
    let size = size as usize;
    if size > MAX_PART_BYTES {
        return Err(XlsxError::new("xlsx_too_large")
            .param("part", name)
            .param("limit", MAX_PART_BYTES / (1024 * 1024)));
    }
    let plausible = match method {
        STORED => data.len() == size,
        // DEFLATE cannot expand more than about 1032:1; a larger claim is a lie.
        _ => {
            size <= data
                .len()
                .saturating_mul(MAX_DEFLATE_RATIO)
                .saturating_add(1024)
        }
    };
    if !plausible {
        return Err(XlsxError::damaged_part(name));
    }
    let out = if method == STORED {
        data.to_vec()
    } else {
        inflate_exactly(data, size).ok_or_else(|| XlsxError::damaged_part(name))?
    };
    if out.len() != size || crc32(&out) != crc {
        return Err(XlsxError::damaged_part(name));
    }
    Ok(out)
}

/// Inflates raw DEFLATE into a buffer of exactly the declared size: one allocation, and a stream that
/// would write past it (a bomb, or a lying header) stops there and fails. `zlib-rs` inflates a sheet
/// about a third faster than `miniz_oxide` in wasm.
fn inflate_exactly(data: &[u8], size: usize) -> Option<Vec<u8>> {
    use zlib_rs::{decompress_slice, InflateConfig, ReturnCode};

    let mut out = vec![0u8; size];
    // Negative window bits: a raw DEFLATE stream, no zlib header or checksum around it.
    let raw = InflateConfig { window_bits: -15 };
    let (written, code) = decompress_slice(&mut out, data, raw);
    (code == ReturnCode::Ok && written.len() == size).then_some(out)
}

/// Tells a legacy `.xls` workbook from an encrypted `.xlsx` (whose compound file holds an
/// `EncryptedPackage` stream, MS-OFFCRYPTO 2.3.4.4).
fn compound_file_error(bytes: &[u8]) -> XlsxError {
    let marker: &[u8] = b"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
    if bytes.windows(marker.len()).any(|w| w == marker) {
        XlsxError::new("xlsx_encrypted")
    } else {
        XlsxError::new("xlsx_legacy_xls")
    }
}

/// CRC-32 (ISO 3309, as ZIP uses it), by `zlib-rs`'s braided method: five words at a time in
/// independent lanes, which in wasm checks a part in two thirds of the time slicing-by-16 took.
pub(super) fn crc32(bytes: &[u8]) -> u32 {
    zlib_rs::crc32::crc32(0, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        // Lengths around the 16-byte stride, against the bitwise definition.
        let data: Vec<u8> = (0..=70u8).map(|i| i.wrapping_mul(37)).collect();
        for len in 0..data.len() {
            let bitwise = !data[..len].iter().fold(!0u32, |mut c, &b| {
                c ^= u32::from(b);
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        0xEDB8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
                c
            });
            assert_eq!(crc32(&data[..len]), bitwise, "{len}");
        }
    }
}
