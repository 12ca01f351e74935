//! The clock: Kazakhstan's time (one zone, UTC+05:00), or a fixed time for tests
//! and scripted histories (`QOSTIL_NOW`, RFC 3339).

use chrono::{DateTime, FixedOffset, Utc};

/// Kazakhstan's offset from UTC.
pub const KAZAKHSTAN: i32 = 5 * 3600;

/// Now, in UTC+05:00, unless `fixed` holds a valid RFC 3339 time.
pub fn now(fixed: Option<&str>) -> DateTime<FixedOffset> {
    if let Some(t) = fixed.and_then(|f| DateTime::parse_from_rfc3339(f.trim()).ok()) {
        return t;
    }
    let zone = FixedOffset::east_opt(KAZAKHSTAN).expect("valid offset");
    Utc::now().with_timezone(&zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_time_wins_and_default_is_utc_plus_5() {
        assert_eq!(
            now(Some("2026-11-26T18:04:00+05:00")).to_rfc3339(),
            "2026-11-26T18:04:00+05:00"
        );
        assert_eq!(now(None).offset().local_minus_utc(), KAZAKHSTAN);
        assert_eq!(now(Some("garbage")).offset().local_minus_utc(), KAZAKHSTAN);
    }
}
