//! The clock: Kazakhstan's time (one zone, UTC+05:00), or a fixed time for tests
//! and scripted histories (`QOSTIL_NOW`, RFC 3339).

use chrono::{DateTime, FixedOffset, Utc};

/// Kazakhstan's offset from UTC.
pub const KAZAKHSTAN: i32 = 5 * 3600;

/// Now, in UTC+05:00, or the fixed time `fixed` (RFC 3339) when given; a fixed
/// time that does not parse is returned as the error.
pub fn now(fixed: Option<&str>) -> Result<DateTime<FixedOffset>, String> {
    if let Some(f) = fixed.map(str::trim).filter(|f| !f.is_empty()) {
        return DateTime::parse_from_rfc3339(f).map_err(|_| f.to_string());
    }
    let zone = FixedOffset::east_opt(KAZAKHSTAN).expect("valid offset");
    Ok(Utc::now().with_timezone(&zone))
}

/// Where "now" comes from, passed in from `main`: the system clock, or a fixed
/// time (`QOSTIL_NOW`). Read when it is needed — the time of a ledger entry is
/// read under the article's lock, after waiting for it, not at process start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The system's clock, in Kazakhstan's time.
    System,
    /// Always this time.
    Fixed(DateTime<FixedOffset>),
}

impl Clock {
    /// The clock that `QOSTIL_NOW` (`fixed`) asks for; a fixed time that does not
    /// parse is returned as the error.
    pub fn from_fixed(fixed: Option<&str>) -> Result<Clock, String> {
        match fixed.map(str::trim).filter(|f| !f.is_empty()) {
            Some(_) => now(fixed).map(Clock::Fixed),
            None => Ok(Clock::System),
        }
    }

    /// Now.
    pub fn now(&self) -> DateTime<FixedOffset> {
        match self {
            Clock::System => now(None).unwrap_or_default(),
            Clock::Fixed(at) => *at,
        }
    }
}

impl Clock {
    /// Now on the real clock, `None` under a fixed one: the judge of which
    /// ledger entries lie in the future (see [`crate::store::ledger::Now`]).
    pub fn real_now(&self) -> Option<DateTime<FixedOffset>> {
        match self {
            Clock::System => Some(self.now()),
            Clock::Fixed(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_is_fixed_or_the_system_one() {
        let fixed = Clock::from_fixed(Some("2026-11-26T18:04:00+05:00")).unwrap();
        assert_eq!(fixed.now().to_rfc3339(), "2026-11-26T18:04:00+05:00");
        assert_eq!(Clock::from_fixed(Some(" ")), Ok(Clock::System));
        assert_eq!(Clock::from_fixed(None), Ok(Clock::System));
        assert_eq!(Clock::System.now().offset().local_minus_utc(), KAZAKHSTAN);
        assert!(Clock::from_fixed(Some("garbage")).is_err());
    }

    #[test]
    fn fixed_time_wins_and_default_is_utc_plus_5() {
        let fixed = now(Some("2026-11-26T18:04:00+05:00")).unwrap();
        assert_eq!(fixed.to_rfc3339(), "2026-11-26T18:04:00+05:00");
        assert_eq!(now(None).unwrap().offset().local_minus_utc(), KAZAKHSTAN);
        assert_eq!(
            now(Some(" ")).unwrap().offset().local_minus_utc(),
            KAZAKHSTAN
        );
        assert_eq!(now(Some("garbage")), Err("garbage".to_string()));
    }
}
