//! `tessera-worker`: the software a GPU (or CPU) operator runs to serve Tessera's job market.
//! It follows the chain through a node's RPC, runs the jobs it is seated in with candle,
//! commits to and reveals their digests, and serves the outputs over HTTP.
//! `docs/worker.md` is the operator's guide.

pub mod artifacts;
pub mod bench;
pub mod chain;
pub mod config;
pub mod driver;
pub mod inference;
pub mod inputs;
pub mod keys;
pub mod metrics;
pub mod operator;
pub mod store;
