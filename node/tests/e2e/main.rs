//! End-to-end tests of the built `tessera-node` binary on free loopback ports, driven over RPC
//! as wallets and operators would. One test binary (each module was a binary of its own): the
//! RPC client stack is compiled and linked once.

mod common;

mod block_timing;
mod chain_spec;
mod compute;
mod dev_chain;
mod faults;
mod governance;
mod restart;
mod sale;
mod spark;
mod wallet;
