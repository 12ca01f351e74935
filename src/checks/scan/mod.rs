//! Reading a paragraph once into what several checks share: its letter runs with
//! what each word is made of ([`letters`]), its tokens ([`tokens`]), and the numbers
//! ([`numbers`], [`spelled`]) and dates ([`dates`]) those tokens make. Scanners
//! depend on nothing but [`crate::lang`] and each other's lower parts; the checks
//! above them judge.

pub mod dates;
pub mod letters;
pub mod numbers;
pub mod spelled;
pub mod tokens;
