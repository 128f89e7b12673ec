//! How much of a year the calendar knows, and what it still waits for.

/// How a year's working days are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// From the year's decree or notice in the data file.
    Decreed,
    /// From the law alone: the country issues no yearly decree (Germany, Brazil).
    Statutory,
    /// Every statutory day off is counted; the yearly decree will add what the law leaves open.
    AwaitingDecree(Pending),
    /// Only weekends and fixed-date holidays: no calendar for the country, or the data cannot date
    /// the year's movable holidays.
    FixedDatesOnly,
}

/// What only a country's yearly decree or notice can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Days off moved to other dates (bridge days, January days off) and the weekend days worked for them.
    Transfers,
    /// Transfers, and the date of Kurban Ait, set each year by the lunar calendar.
    TransfersAndKurbanAit,
    /// The weekday given off for a holiday on a weekend, and the weekend days worked for longer breaks.
    MakeUpDays,
}

impl Pending {
    pub fn from_code(code: &str) -> Option<Pending> {
        match code {
            "transfers" => Some(Pending::Transfers),
            "transfers_and_kurban_ait" => Some(Pending::TransfersAndKurbanAit),
            "make_up_days" => Some(Pending::MakeUpDays),
            _ => None,
        }
    }
}

impl Coverage {
    /// Whether every day of the year is known.
    pub fn is_complete(self) -> bool {
        matches!(self, Coverage::Decreed | Coverage::Statutory)
    }

    /// What kind of day is still unknown, as the stable code the `calendar_not_covered` notice names
    /// (`params.unknownCode`); `None` for a complete year.
    pub fn unknown_code(self) -> Option<&'static str> {
        match self {
            Coverage::Decreed | Coverage::Statutory => None,
            Coverage::AwaitingDecree(Pending::Transfers) => Some("transfers"),
            Coverage::AwaitingDecree(Pending::TransfersAndKurbanAit) => {
                Some("transfers_and_kurban_ait")
            }
            Coverage::AwaitingDecree(Pending::MakeUpDays) => Some("make_up_days"),
            Coverage::FixedDatesOnly => Some("holidays"),
        }
    }
}
