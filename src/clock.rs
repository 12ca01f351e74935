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

#[cfg(test)]
mod tests {
    use super::*;

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
