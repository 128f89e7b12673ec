//! The address printed as label lines, in the country's order (Google's `fmt`), with the fields the
//! country writes in capitals upper-cased, and the destination country on the last line.

use super::country::CountryFormat;
use super::Address;

/// The value of one layout field (`N`, `O`, `A`, `D`, `C`, `S`, `Z`) for the label.
fn field(address: &Address, region_label: Option<&str>, letter: char) -> Vec<String> {
    let value = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    match letter {
        'N' => value(&address.recipient),
        'O' => value(&address.organization),
        'A' => [&address.address_line1, &address.address_line2]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        'D' => value(&address.district),
        'C' => value(&address.city),
        'S' => region_label.map(str::to_string).into_iter().collect(),
        'Z' => value(&address.postal_code),
        _ => Vec::new(),
    }
}

/// Label lines of a normalized address. `region_label` is the region as the label prints it.
pub fn label(format: &CountryFormat, address: &Address, region_label: Option<&str>) -> Vec<String> {
    let mut lines = Vec::new();
    // The line being built and the literal text waiting to join it to the next value.
    let mut current = String::new();
    let mut pending_literal = String::new();
    let mut chars = format.layout.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            pending_literal.push(c);
            continue;
        }
        let Some(letter) = chars.next() else { break };
        if letter == 'n' {
            end_line(&mut lines, &mut current);
            pending_literal.clear();
            continue;
        }
        // One template line may expand to several (the street lines of %A).
        let mut values = field(address, region_label, letter);
        if format.upper.chars().any(|c| c == letter) {
            values = values.iter().map(|v| super::text::to_upper(v)).collect();
        }
        let Some(last) = values.pop() else {
            pending_literal.clear();
            continue;
        };
        lines.extend(values);
        if !current.is_empty() {
            current.push_str(&pending_literal);
        }
        pending_literal.clear();
        current.push_str(&last);
    }
    end_line(&mut lines, &mut current);
    lines.push(format.name.clone());
    lines
}

fn end_line(lines: &mut Vec<String>, current: &mut String) {
    let line = current.trim();
    if !line.is_empty() {
        lines.push(line.to_string());
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_label_puts_postal_code_before_city() {
        let address = Address {
            country: "DE".into(),
            recipient: Some("Anna Schmidt".into()),
            address_line1: Some("Unter den Linden 77".into()),
            city: Some("Berlin".into()),
            postal_code: Some("10117".into()),
            ..Address::default()
        };
        let de = CountryFormat::get("DE").unwrap();
        assert_eq!(
            label(de, &address, None),
            [
                "Anna Schmidt",
                "Unter den Linden 77",
                "10117 BERLIN",
                "GERMANY"
            ]
        );
    }

    #[test]
    fn chinese_label_goes_from_postal_code_to_recipient() {
        let address = Address {
            country: "CN".into(),
            recipient: Some("王伟".into()),
            address_line1: Some("建国路88号".into()),
            district: Some("朝阳区".into()),
            city: Some("北京市".into()),
            postal_code: Some("100022".into()),
            ..Address::default()
        };
        let cn = CountryFormat::get("CN").unwrap();
        assert_eq!(
            label(cn, &address, Some("北京市")),
            [
                "100022",
                "北京市北京市朝阳区",
                "建国路88号",
                "王伟",
                "CHINA"
            ]
        );
    }
}
