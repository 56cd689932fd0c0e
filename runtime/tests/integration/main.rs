//! The runtime's integration tests: the real runtime, natively, driven block by block through
//! its pallets. One test binary (each module was a binary of its own): one link of the runtime
//! instead of one per file.

mod common;

mod call_weights;
mod compute_staking;
mod genesis;
mod governance;
mod jobs;
mod proxies;
mod randomness;
mod spark;
mod token_sale;
mod validators;
mod worker_metadata;
