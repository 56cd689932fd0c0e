//! OpenGov: token holders decide every privileged action by referendum.
//!
//! A proposal is a call (stored with `pallet-preimage`) submitted to `pallet-referenda` with
//! the origin it needs; the origin picks the track ([`tracks`]). Holders vote with
//! `pallet-conviction-voting`, locking their tokens for longer to weigh more. A referendum
//! that passes is scheduled (`pallet-scheduler`) and dispatched with its track's origin
//! ([`origins`]). A small technical committee (`pallet-collective`) may whitelist a call
//! (`pallet-whitelist`), which then needs only the faster whitelisted-caller track to run with
//! root's rights: the path for urgent fixes. The treasury is the ecosystem fund; its spends go
//! through the spender tracks. Tunable economics live in [`parameters`].
//!
//! # Tracks and why
//!
//! Periods are production values (6-second blocks); the `fast-runtime` build shortens
//! preparation, confirmation and enactment to 30 s and every decision period to 20 minutes.
//! Approval falls linearly from 100% to its floor over the decision period; support (aye
//! votes without conviction, as a share of active issuance) falls linearly from its start to
//! its floor. Active issuance at genesis is about 41% of the supply (the ecosystem fund is
//! inactive), of which the sale and unallocated accounts cannot vote: about 28% of the supply
//! can, so support floors are low and starts are within reach of a broad turnout.
//!
//! A known risk, for a decision before any public network: the team allocation sits in one
//! custody account (20% of the supply, about 48% of active issuance). Vesting tokens can vote,
//! so that account alone clears every support start but root's 50%, and root's after about a
//! day. Either the allocation is split among its holders at genesis, or vesting balances are
//! kept from voting.
//!
//! | id | track | deciding at once | decision deposit | prepare | decide | confirm | enact | approval | support |
//! |----|-------|-----------------:|-----------------:|--------:|-------:|--------:|------:|---------:|--------:|
//! | 0  | root | 1 | 100,000 TSR | 2 h | 28 d | 1 d | 1 d | 100→50% | 50→2% |
//! | 1  | whitelisted_caller | 10 | 10,000 TSR | 30 min | 28 d | 10 min | 10 min | 100→50% in 1 d | 10→0.5% |
//! | 10 | validator_admin | 3 | 10,000 TSR | 2 h | 14 d | 3 h | 1 h | 100→50% | 10→0.5% |
//! | 11 | network_parameters | 10 | 5,000 TSR | 2 h | 14 d | 3 h | 1 h | 100→50% | 10→0.5% |
//! | 12 | sale_admin | 5 | 10,000 TSR | 2 h | 14 d | 1 d | 1 h | 100→60% | 10→1% |
//! | 13 | arbitration | 50 | 1,000 TSR | 1 h | 5 d | 6 h | 10 min | 100→50% | 5→0.1% |
//! | 20 | treasurer | 10 | 10,000 TSR | 2 h | 28 d | 1 d | 1 d | 100→50% | 10→1% |
//! | 21 | small_spender | 50 | 1,000 TSR | 1 h | 7 d | 3 h | 1 h | 100→50% | 5→0.1% |
//! | 22 | big_spender | 20 | 5,000 TSR | 2 h | 14 d | 12 h | 1 h | 100→50% | 10→0.5% |
//!
//! - **root** can do anything, runtime upgrades included: one referendum at a time so each
//!   gets the whole network's attention, the highest deposit and support, and a day between
//!   passing and enactment for node operators to prepare.
//! - **whitelisted_caller** runs calls the technical committee already vetted with root's
//!   rights; the committee's check stands in for time, so it confirms in minutes once
//!   holders agree, while the support start (10%) still lets holders block it.
//! - **validator_admin** adds and removes block producers; few at once (each one changes the
//!   consensus set) and an hour of enactment delay before the next session picks it up.
//! - **network_parameters** sets the Spark price, free Spark grants, reward rates, model fee
//!   share and Spark registration: routine economics, two weeks to decide, cheap deposit.
//! - **sale_admin** sets the token sale's terms and bidder eligibility: a 60% approval floor
//!   and a day of confirmation, because bidders act on these terms with real money.
//! - **arbitration** rules on disputes and appeals against slashes. Many run at once, the
//!   deposit is within a worker's reach, and a referendum's own periods (5 d 7 h 10 min at
//!   most) fit inside the slash deferral (7 days; asserted in `configs/staking.rs`). That
//!   leaves about 1 d 17 h to submit the appeal and place its decision deposit; a longer
//!   enactment delay than the minimum, or a full deciding queue, eats into it.
//! - **treasurer / big_spender / small_spender** spend the ecosystem fund up to 10M, 1M and
//!   100k TSR ([`origins`]): the larger the spend, the longer and better supported the vote.
//!
//! # Admin origins of the chain's pallets
//!
//! Every privileged call accepts its track's origin or root (the root track, and sudo on the
//! dev chain, which has one; the testnet spec has no sudo key):
//!
//! | pallet | call(s) | origin |
//! |--------|---------|--------|
//! | spark | `set_price`, `grant_reward`, `register`, `revoke` | network_parameters |
//! | parameters | `set_parameter` (Spark grants, compute rewards) | network_parameters |
//! | compute-staking | `cancel_slash` | arbitration |
//! | jobs | `resolve_dispute` | arbitration |
//! | token-sale | `configure`, `set_eligibility` | sale_admin |
//! | validator set (membership) | add, remove, swap, reset | validator_admin |
//! | treasury | `spend`, `spend_local` | small/big spender, treasurer (up to their limits) |
//! | treasury | `void_spend`, `remove_approval` | treasurer |
//! | assets | `force_*` | root |
//! | technical committee | `set_members` | root |
//! | preimage, scheduler | manager origins | root |
//!
//! No admin origin of a project pallet is root alone.

pub mod origins;
pub mod parameters;
pub mod tracks;

use frame_support::traits::EitherOf;
use frame_system::EnsureRoot;

use crate::AccountId;

/// The origin of a track, or root: root is the most privileged track and may do what any
/// track may.
pub type TrackOrRoot<Track> = EitherOf<EnsureRoot<AccountId>, Track>;
