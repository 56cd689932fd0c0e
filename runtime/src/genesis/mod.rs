//! Genesis: the token allocation (`tokenomics`) and the presets nodes build chains from.

pub mod presets;
pub mod tokenomics;
