//! Names the field a JSON reading error is about. serde_json reports the line and column where it
//! stopped; walking the text up to there gives the path of keys and indexes (`images[2].width`). This
//! costs the browser package a few hundred bytes, where tracking the path during every read (as
//! `serde_path_to_error` does) would cost it kilobytes.

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path of the value serde_json's `error` was reading in `text`; empty at the root.
pub fn path_of_error(text: &str, error: &serde_json::Error) -> String {
    // Lines before the error's, then its 1-based column.
    let before: usize = text
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum();
    path_at(text, before + error.column())
}

/// The path of the value being read at byte `offset` of the JSON `text`; empty at the root.
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        let raw = text.get(start..i.min(text.len())).unwrap_or_default();
                        *key = Some(unescape(raw));
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// Keys are camelCase identifiers in practice; the common escapes are enough to name them.
fn unescape(raw: &str) -> String {
    raw.replace("\\\"", "\"").replace("\\\\", "\\")
}
