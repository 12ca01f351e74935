//! `qostil check`: do both versions say the same thing?
