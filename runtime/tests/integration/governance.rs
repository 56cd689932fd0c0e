//! OpenGov on the real runtime: referenda on the tracks pass, enact and fail as designed, and
//! every admin call of the chain's pallets accepts its track's origin and no other.
//!
//! Runs under whichever periods the build has: `scripts/test.sh` builds with `fast-runtime`
//! (minutes); a build without it uses the production periods (days), block by block, which
//! takes longer but checks the same, except the rejection, which would wait out a whole
//! decision period.

use crate::common::{genesis, run_to_block};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{schedule::DispatchTime, Bounded, Get},
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::{ReferendumInfo, ReferendumInfoFor, TracksInfo as _};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Hash as _, DispatchError, Perbill};
use tessera_runtime::{
	governance::{
		origins::{Origin, SMALL_SPEND_LIMIT},
		parameters::{compute, jobs, spark, RuntimeParameters},
		tracks::{id, TracksInfo},
	},
	AccountId, Balance, Balances, ConvictionVoting, OriginCaller, Parameters, Preimage, Referenda,
	Runtime, RuntimeCall, RuntimeOrigin, Spark, System, TechnicalCommittee, TokenSale, Treasury,
	ValidatorSet, UNITS,
};

fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(who))
}

fn track_origin(origin: Origin) -> RuntimeOrigin {
	origin.into()
}

/// Notes `call` as a preimage and submits it on the track of `origin`, with the decision
/// deposit placed: what a proposer does from a wallet. Returns the referendum's index.
fn propose(proposer: Sr25519Keyring, origin: OriginCaller, call: RuntimeCall) -> u32 {
	let encoded = call.encode();
	let hash = <Runtime as frame_system::Config>::Hashing::hash(&encoded);
	assert_ok!(Preimage::note_preimage(signed(proposer), encoded.clone()));
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	assert_ok!(Referenda::submit(
		signed(proposer),
		Box::new(origin),
		Bounded::Lookup { hash, len: encoded.len() as u32 },
		DispatchTime::After(1),
	));
	assert_ok!(Referenda::place_decision_deposit(signed(proposer), index));
	index
}

/// `voter` votes aye with `balance`, locked for one conviction period (weight × 1).
fn vote_aye(voter: Sr25519Keyring, index: u32, balance: Balance) {
	let vote = Vote { aye: true, conviction: Conviction::Locked1x };
	assert_ok!(ConvictionVoting::vote(
		signed(voter),
		index,
		AccountVote::Standard { vote, balance }
	));
}

/// Blocks until `done`, failing after the longest a referendum on `track` can take.
fn run_until_decided(track: u16, mut done: impl FnMut() -> bool) {
	let info = TracksInfo::info(track).expect("a known track");
	let longest = info.prepare_period
		+ info.decision_period
		+ info.confirm_period
		+ info.min_enactment_period
		+ 10;
	let deadline = System::block_number() + longest;
	while !done() {
		assert!(System::block_number() < deadline, "track {track} took longer than it allows");
		run_to_block(System::block_number() + 1);
	}
}

fn is_approved(index: u32) -> bool {
	matches!(ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Approved(..)))
}

fn set_price(price: Balance) -> RuntimeCall {
	RuntimeCall::Spark(pallet_spark::Call::set_price { price })
}

#[test]
fn a_network_parameters_referendum_changes_the_spark_price() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let new_price = 25 * UNITS / 1_000;
		assert_ne!(pallet_spark::SparkPrice::<Runtime>::get(), new_price);

		let index =
			propose(Sr25519Keyring::Alice, Origin::NetworkParameters.into(), set_price(new_price));
		assert_eq!(
			ReferendumInfoFor::<Runtime>::get(index).and_then(|info| match info {
				ReferendumInfo::Ongoing(status) => Some(status.track),
				_ => None,
			}),
			Some(id::NETWORK_PARAMETERS)
		);
		// Ferdie, the team's custody account, votes with tokens still vesting: voting locks
		// overlap other locks.
		vote_aye(Sr25519Keyring::Ferdie, index, 150_000_000 * UNITS);

		run_until_decided(id::NETWORK_PARAMETERS, || {
			pallet_spark::SparkPrice::<Runtime>::get() == new_price
		});
		assert!(is_approved(index));
		// A winning Locked1x vote keeps the tokens locked for one voting period after the end,
		// even once the vote is removed; then they unlock.
		let ferdie = account(Sr25519Keyring::Ferdie);
		let class_locks = || pallet_conviction_voting::ClassLocksFor::<Runtime>::get(&ferdie);
		assert_ok!(ConvictionVoting::remove_vote(
			signed(Sr25519Keyring::Ferdie),
			Some(id::NETWORK_PARAMETERS),
			index
		));
		let unlock = || {
			ConvictionVoting::unlock(
				signed(Sr25519Keyring::Ferdie),
				id::NETWORK_PARAMETERS,
				ferdie.clone().into(),
			)
		};
		assert_ok!(unlock());
		assert_eq!(class_locks().into_inner(), vec![(id::NETWORK_PARAMETERS, 150_000_000 * UNITS)]);
		// The referendum ended before its enactment, so a period from now is past the lock.
		let period: u32 = <Runtime as pallet_conviction_voting::Config>::VoteLockingPeriod::get();
		System::set_block_number(System::block_number() + period);
		assert_ok!(unlock());
		assert!(class_locks().is_empty());
	});
}

#[test]
fn a_treasury_spend_passes_and_pays_out() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let beneficiary: AccountId = [42u8; 32].into();
		let amount = 50_000 * UNITS;
		let spend = RuntimeCall::Treasury(pallet_treasury::Call::spend {
			asset_kind: Box::new(()),
			amount,
			beneficiary: Box::new(beneficiary.clone()),
			valid_from: None,
		});

		let index = propose(Sr25519Keyring::Bob, Origin::SmallSpender.into(), spend);
		vote_aye(Sr25519Keyring::Ferdie, index, 150_000_000 * UNITS);
		run_until_decided(id::SMALL_SPENDER, || pallet_treasury::SpendCount::<Runtime>::get() == 1);
		assert!(is_approved(index));

		// The approved spend is paid by anyone's `payout`.
		assert_ok!(Treasury::payout(signed(Sr25519Keyring::Bob), 0));
		assert_eq!(Balances::free_balance(&beneficiary), amount);
	});
}

#[test]
#[cfg_attr(
	not(feature = "fast-runtime"),
	ignore = "runs a whole 14-day decision period block by block: build with fast-runtime"
)]
fn a_proposal_without_enough_support_is_rejected() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let price_before = pallet_spark::SparkPrice::<Runtime>::get();
		let index = propose(
			Sr25519Keyring::Alice,
			Origin::NetworkParameters.into(),
			set_price(price_before * 10),
		);
		// All ayes, but 1,000 TSR of the active issuance: below the support floor of 0.5%.
		vote_aye(Sr25519Keyring::Dave, index, 1_000 * UNITS);

		run_until_decided(id::NETWORK_PARAMETERS, || {
			matches!(ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Rejected(..)))
		});
		assert_eq!(pallet_spark::SparkPrice::<Runtime>::get(), price_before);
	});
}

#[test]
fn admin_calls_accept_their_track_and_no_other_origin() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let bad = || DispatchError::BadOrigin;
		let newcomer: AccountId = [9u8; 32].into();

		// Spark: network parameters.
		for wrong in [signed(Sr25519Keyring::Alice), track_origin(Origin::SaleAdmin)] {
			assert_noop!(Spark::set_price(wrong, 7), bad());
		}
		assert_noop!(Spark::register(track_origin(Origin::Arbitration), newcomer.clone()), bad());
		assert_ok!(Spark::set_price(track_origin(Origin::NetworkParameters), 7));
		assert_ok!(Spark::register(track_origin(Origin::NetworkParameters), newcomer.clone()));

		// Runtime parameters: network parameters.
		let reward = RuntimeParameters::Compute(compute::Parameters::BaseEraReward(
			compute::BaseEraReward,
			Some(2 * UNITS),
		));
		assert_noop!(
			Parameters::set_parameter(track_origin(Origin::Treasurer), reward.clone()),
			bad()
		);
		assert_ok!(Parameters::set_parameter(track_origin(Origin::NetworkParameters), reward));
		assert_eq!(<Runtime as pallet_compute_staking::Config>::BaseEraReward::get(), 2 * UNITS);
		let grant =
			RuntimeParameters::Spark(spark::Parameters::FreeGrant(spark::FreeGrant, Some(10)));
		assert_ok!(Parameters::set_parameter(track_origin(Origin::NetworkParameters), grant));
		assert_eq!(<Runtime as pallet_spark::Config>::FreeGrant::get(), 10);
		let discount = RuntimeParameters::Jobs(jobs::Parameters::TokenDiscount(
			jobs::TokenDiscount,
			Some(Perbill::from_percent(20)),
		));
		assert_noop!(
			Parameters::set_parameter(track_origin(Origin::SaleAdmin), discount.clone()),
			bad()
		);
		assert_ok!(Parameters::set_parameter(track_origin(Origin::NetworkParameters), discount));
		assert_eq!(
			<Runtime as pallet_jobs::Config>::TokenDiscount::get(),
			Perbill::from_percent(20)
		);

		// Token sale: sale administration.
		let eligibility = Some(pallet_token_sale::Eligibility { us: false, score: 3 });
		assert_noop!(
			TokenSale::set_eligibility(
				track_origin(Origin::NetworkParameters),
				newcomer.clone(),
				eligibility
			),
			bad()
		);
		assert_ok!(TokenSale::set_eligibility(
			track_origin(Origin::SaleAdmin),
			newcomer.clone(),
			eligibility
		));

		// Compute staking: arbitration. The right origin gets past the check to the missing
		// slash.
		assert_noop!(
			tessera_runtime::ComputeStaking::cancel_slash(
				track_origin(Origin::NetworkParameters),
				newcomer.clone(),
				0
			),
			bad()
		);
		let appeal = tessera_runtime::ComputeStaking::cancel_slash(
			track_origin(Origin::Arbitration),
			newcomer.clone(),
			0,
		);
		assert!(matches!(appeal, Err(e) if e != bad()), "{appeal:?}");

		// Validator set: validator admin.
		assert_noop!(
			ValidatorSet::add_member(
				track_origin(Origin::NetworkParameters),
				newcomer.clone().into()
			),
			bad()
		);
		assert_ok!(ValidatorSet::add_member(
			track_origin(Origin::ValidatorAdmin),
			newcomer.clone().into()
		));

		// Treasury: each spender up to its limit; other tracks not at all.
		let spend = |origin, amount| {
			Treasury::spend(origin, Box::new(()), amount, Box::new(newcomer.clone()), None)
		};
		assert_noop!(spend(track_origin(Origin::SaleAdmin), 1), bad());
		assert_noop!(
			spend(track_origin(Origin::SmallSpender), SMALL_SPEND_LIMIT + 1),
			pallet_treasury::Error::<Runtime>::InsufficientPermission
		);
		assert_ok!(spend(track_origin(Origin::SmallSpender), SMALL_SPEND_LIMIT));
		assert_ok!(spend(track_origin(Origin::BigSpender), SMALL_SPEND_LIMIT + 1));
	});
}

/// Every track origin below root, in the order of `Origin`.
const TRACK_ORIGINS: [Origin; 8] = [
	Origin::WhitelistedCaller,
	Origin::Treasurer,
	Origin::SmallSpender,
	Origin::BigSpender,
	Origin::NetworkParameters,
	Origin::SaleAdmin,
	Origin::Arbitration,
	Origin::ValidatorAdmin,
];

#[test]
fn each_admin_call_gets_past_the_origin_check_for_its_tracks_only() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let newcomer: AccountId = [9u8; 32].into();
		let passed = |result: sp_runtime::DispatchResult| result != Err(DispatchError::BadOrigin);
		let spenders = [Origin::SmallSpender, Origin::BigSpender, Origin::Treasurer];
		for origin in TRACK_ORIGINS {
			let o = || track_origin(origin);
			let grant = RuntimeParameters::Spark(spark::Parameters::FreeCap(spark::FreeCap, None));
			let checks = [
				("spark.set_price", passed(Spark::set_price(o(), 7)), Origin::NetworkParameters),
				(
					"spark.revoke",
					passed(Spark::revoke(o(), newcomer.clone())),
					Origin::NetworkParameters,
				),
				(
					"parameters",
					passed(Parameters::set_parameter(o(), grant)),
					Origin::NetworkParameters,
				),
				(
					"sale.set_eligibility",
					passed(TokenSale::set_eligibility(o(), newcomer.clone(), None)),
					Origin::SaleAdmin,
				),
				(
					"staking.cancel_slash",
					passed(tessera_runtime::ComputeStaking::cancel_slash(o(), newcomer.clone(), 0)),
					Origin::Arbitration,
				),
				(
					"jobs.resolve_dispute",
					passed(tessera_runtime::Jobs::resolve_dispute(
						o(),
						0,
						pallet_jobs::Resolution::Void,
					)),
					Origin::Arbitration,
				),
				(
					"validators.remove_member",
					passed(
						ValidatorSet::remove_member(o(), newcomer.clone().into())
							.map(|_| ())
							.map_err(|e| e.error),
					),
					Origin::ValidatorAdmin,
				),
				("treasury.void_spend", passed(Treasury::void_spend(o(), 0)), Origin::Treasurer),
			];
			for (call, got_past, track) in checks {
				assert_eq!(got_past, origin == track, "{call} from {origin:?}");
			}
			let spent =
				passed(Treasury::spend(o(), Box::new(()), 1, Box::new(newcomer.clone()), None));
			assert_eq!(spent, spenders.contains(&origin), "treasury.spend from {origin:?}");
		}
	});
}

#[test]
fn every_origin_has_its_track_and_the_tracks_are_sound() {
	TracksInfo::check_integrity().expect("tracks sorted by id");
	let origins = [
		(Origin::WhitelistedCaller, id::WHITELISTED_CALLER),
		(Origin::ValidatorAdmin, id::VALIDATOR_ADMIN),
		(Origin::NetworkParameters, id::NETWORK_PARAMETERS),
		(Origin::SaleAdmin, id::SALE_ADMIN),
		(Origin::Arbitration, id::ARBITRATION),
		(Origin::Treasurer, id::TREASURER),
		(Origin::SmallSpender, id::SMALL_SPENDER),
		(Origin::BigSpender, id::BIG_SPENDER),
	];
	for (origin, track) in origins {
		assert_eq!(TracksInfo::track_for(&OriginCaller::Origins(origin)), Ok(track));
	}
	assert_eq!(
		TracksInfo::track_for(&OriginCaller::system(frame_system::RawOrigin::Root)),
		Ok(id::ROOT)
	);
	// A signed account is not a track: it cannot be proposed for.
	assert!(TracksInfo::track_for(&OriginCaller::system(frame_system::RawOrigin::Signed(
		account(Sr25519Keyring::Alice)
	)))
	.is_err());

	for track in TracksInfo::tracks() {
		let info = &track.info;
		// However late, a referendum needs a majority of the conviction-weighted vote.
		let approval_end = info.min_approval.threshold(sp_runtime::Perbill::one());
		assert!(approval_end >= sp_runtime::Perbill::from_percent(50), "track {}", track.id);
		assert!(info.decision_deposit > 0 && info.max_deciding > 0, "track {}", track.id);
		assert!(info.confirm_period > 0 && info.min_enactment_period > 0, "track {}", track.id);
	}
	assert_eq!(TracksInfo::tracks().count(), origins.len() + 1);
}

#[test]
fn only_the_development_chain_has_a_sudo_key() {
	genesis("local_testnet").execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
	});
	genesis("development").execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(account(Sr25519Keyring::Alice)));
	});
}

#[test]
fn a_call_the_technical_committee_whitelists_passes_on_the_fast_track_with_root_rights() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let new_price = 3 * UNITS / 100;
		let call = set_price(new_price);
		let call_hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);

		// Two of the three members whitelist the call's hash.
		let whitelist =
			RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call { call_hash });
		let length = whitelist.encoded_size() as u32;
		let motion = <Runtime as frame_system::Config>::Hashing::hash_of(&whitelist);
		assert_ok!(TechnicalCommittee::propose(
			signed(Sr25519Keyring::Alice),
			2,
			Box::new(whitelist),
			length
		));
		assert_ok!(TechnicalCommittee::vote(signed(Sr25519Keyring::Alice), motion, 0, true));
		assert_ok!(TechnicalCommittee::vote(signed(Sr25519Keyring::Bob), motion, 0, true));
		assert_ok!(TechnicalCommittee::close(
			signed(Sr25519Keyring::Charlie),
			motion,
			0,
			frame_support::weights::Weight::MAX,
			length
		));
		assert!(pallet_whitelist::WhitelistedCall::<Runtime>::contains_key(call_hash));

		// Holders then dispatch it through the whitelisted-caller track.
		let dispatch = RuntimeCall::Whitelist(
			pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
				call: Box::new(call),
			},
		);
		let index = propose(Sr25519Keyring::Bob, Origin::WhitelistedCaller.into(), dispatch);
		vote_aye(Sr25519Keyring::Ferdie, index, 150_000_000 * UNITS);
		run_until_decided(id::WHITELISTED_CALLER, || {
			pallet_spark::SparkPrice::<Runtime>::get() == new_price
		});
		assert!(is_approved(index));
		assert!(!pallet_whitelist::WhitelistedCall::<Runtime>::contains_key(call_hash));
	});
}

/// The digests workers reveal in the arbitration test, by seat: right, wrong, other, right,
/// wrong, other…, so that no digest ever holds a majority.
const RIGHT: [u8; 32] = [1; 32];
const WRONG: [u8; 32] = [2; 32];
const OTHER: [u8; 32] = [3; 32];

/// Every seat of `job` that has not committed commits, then every seat that has not revealed
/// reveals, each the digest of its seat's position, a block between.
fn attest_by_seat(job: u64) {
	let digest_of = |position: usize| [RIGHT, WRONG, OTHER][position % 3];
	let salt = [5; 32];
	let seats = pallet_jobs::Jobs::<Runtime>::get(job).expect("live").seats;
	for (position, seat) in seats.iter().enumerate().filter(|(_, s)| s.commitment.is_none()) {
		let commitment = pallet_jobs::commitment_of(&digest_of(position), &salt, &seat.worker);
		assert_ok!(tessera_runtime::Jobs::commit_result(
			RuntimeOrigin::signed(seat.worker.clone()),
			job,
			commitment
		));
	}
	run_to_block(System::block_number() + 1);
	for (position, seat) in seats.iter().enumerate().filter(|(_, s)| s.revealed.is_none()) {
		assert_ok!(tessera_runtime::Jobs::reveal_result(
			RuntimeOrigin::signed(seat.worker.clone()),
			pallet_jobs::Reveal {
				job,
				digest: digest_of(position),
				salt,
				uri: b"https://gpu.example/out".to_vec().try_into().unwrap(),
			},
		));
	}
	run_to_block(System::block_number() + 1);
}

/// Eight workers split three ways on a redundancy-2 job through both escalation rounds, an
/// arbitration referendum upholds one digest, the losers are slashed, and a second
/// referendum cancels one loser's slash on appeal.
#[test]
fn a_tie_is_resolved_by_an_arbitration_referendum_and_an_appeal_cancels_a_slash() {
	use frame_support::traits::fungible::Mutate;
	use pallet_jobs::{JobStatus, Resolution};
	genesis("development").execute_with(|| {
		run_to_block(1);
		assert_ok!(tessera_runtime::ComputeStaking::register_model(
			signed(Sr25519Keyring::Bob),
			[1; 32],
			pallet_compute_staking::ModelKind::ImageGeneration,
			4,
			b"ipfs://sdxl-turbo".to_vec().try_into().unwrap(),
			500 * UNITS,
			crate::common::IMAGE_LIMITS,
		));
		for i in 0..8u8 {
			let worker: AccountId = [100 + i; 32].into();
			assert_ok!(Balances::mint_into(&worker, 20_000 * UNITS));
			assert_ok!(tessera_runtime::ComputeStaking::register_worker(
				RuntimeOrigin::signed(worker),
				10_000 * UNITS,
				crate::common::worker_profile(b"https://gpu.example"),
			));
		}
		assert_ok!(tessera_runtime::Jobs::submit_job(
			signed(Sr25519Keyring::Dave),
			pallet_jobs::JobSpec {
				model: 0,
				input: pallet_jobs::JobInput::Inline(b"a lighthouse".to_vec().try_into().unwrap()),
				units: 1,
				redundancy: 2,
				pay_with: pallet_jobs::PayWith::Token,
			},
		));
		let job = 0;
		// Each round's seats are drawn `DrawDelay` blocks after the job is (re)queued.
		let draw_delay: u32 = <Runtime as pallet_jobs::Config>::DrawDelay::get();
		for _ in 0..3 {
			run_to_block(System::block_number() + draw_delay);
			attest_by_seat(job);
		}
		let disputed = pallet_jobs::Jobs::<Runtime>::get(job).expect("still live");
		assert!(matches!(disputed.status, JobStatus::Arbitration { .. }), "{:?}", disputed.status);
		assert_eq!(disputed.seats.len(), 8);

		let uphold = RuntimeCall::Jobs(pallet_jobs::Call::resolve_dispute {
			job,
			resolution: Resolution::Uphold(RIGHT),
		});
		let index = propose(Sr25519Keyring::Alice, Origin::Arbitration.into(), uphold);
		vote_aye(Sr25519Keyring::Ferdie, index, 150_000_000 * UNITS);
		run_until_decided(id::ARBITRATION, || pallet_jobs::Jobs::<Runtime>::get(job).is_none());
		assert!(is_approved(index));

		let slashed = |who: &AccountId| {
			pallet_compute_staking::PendingSlashes::<Runtime>::iter_key_prefix(who).next()
		};
		let digest_at = |position: usize| [RIGHT, WRONG, OTHER][position % 3];
		let (winners, losers): (Vec<_>, Vec<_>) = disputed
			.seats
			.iter()
			.enumerate()
			.map(|(position, seat)| (seat.worker.clone(), digest_at(position)))
			.partition(|(_, digest)| *digest == RIGHT);
		assert_eq!((winners.len(), losers.len()), (3, 5));
		for (winner, _) in &winners {
			assert!(slashed(winner).is_none(), "a worker whose digest stood is not slashed");
		}
		for (loser, _) in &losers {
			assert!(slashed(loser).is_some(), "a worker whose digest lost is slashed");
		}

		// One loser appeals, and the arbitration track cancels its slash.
		let appellant = losers[0].0.clone();
		let slash = slashed(&appellant).unwrap();
		let cancel = RuntimeCall::ComputeStaking(pallet_compute_staking::Call::cancel_slash {
			worker: appellant.clone(),
			slash,
		});
		let index = propose(Sr25519Keyring::Alice, Origin::Arbitration.into(), cancel);
		vote_aye(Sr25519Keyring::Ferdie, index, 150_000_000 * UNITS);
		run_until_decided(id::ARBITRATION, || slashed(&appellant).is_none());
		assert!(is_approved(index));
		assert!(slashed(&losers[1].0).is_some(), "the other slashes stand");
	});
}

/// On the testnet's genesis (no sudo): the network-parameters track appoints a registrar, which
/// registers a newcomer with a signed call of its own; the newcomer claims free Spark with a
/// fee-less transaction. No referendum per user.
#[test]
fn a_registrar_appointed_by_referendum_onboards_users_without_one() {
	use crate::common::{general, next_block_with, signed as signed_extrinsic};
	genesis("local_testnet").execute_with(|| {
		run_to_block(1);
		let registrar = Sr25519Keyring::Dave;
		let appoint = RuntimeCall::SparkRegistrars(pallet_registrars::Call::appoint {
			who: account(registrar),
		});
		let index = propose(Sr25519Keyring::Alice, Origin::NetworkParameters.into(), appoint);
		vote_aye(Sr25519Keyring::Ferdie, index, 150_000_000 * UNITS);
		run_until_decided(id::NETWORK_PARAMETERS, || is_approved(index));
		run_until_decided(id::NETWORK_PARAMETERS, || {
			pallet_registrars::Appointed::<Runtime, pallet_registrars::Instance1>::contains_key(
				account(registrar),
			)
		});

		// A Web2 user's fresh key: no TSR, no account.
		let newcomer: AccountId = Sr25519Keyring::One.to_account_id();
		let register = RuntimeCall::Spark(pallet_spark::Call::register { who: newcomer.clone() });
		assert_eq!(next_block_with(vec![signed_extrinsic(register, registrar)]), vec![Ok(Ok(()))]);
		assert_eq!(pallet_spark::RegisteredBy::<Runtime>::get(&newcomer), Some(account(registrar)));
		let claim = RuntimeCall::Spark(pallet_spark::Call::claim_free { who: newcomer.clone() });
		assert_eq!(next_block_with(vec![general(claim)]), vec![Ok(Ok(()))]);
		assert!(Spark::spark_of(&newcomer).free > 0);
		assert_eq!(
			pallet_balances::Pallet::<Runtime>::free_balance(&newcomer),
			0,
			"no TSR was needed or moved"
		);
		// Its registration alone makes it an account, which can sign a fee-less Spark job
		// (tests/integration/spark.rs).
		assert!(System::account_exists(&newcomer));
	});
}

#[test]
fn role_appointments_and_model_limits_accept_their_track_only() {
	use tessera_runtime::{ComputeStaking, SaleAttesters, SparkRegistrars};
	genesis("development").execute_with(|| {
		run_to_block(1);
		let bad = || DispatchError::BadOrigin;
		let dave = account(Sr25519Keyring::Dave);
		let (params, sale) = (Origin::NetworkParameters, Origin::SaleAdmin);
		assert_noop!(SparkRegistrars::appoint(track_origin(sale.clone()), dave.clone()), bad());
		assert_ok!(SparkRegistrars::appoint(track_origin(params.clone()), dave.clone()));
		assert_noop!(SaleAttesters::appoint(track_origin(params.clone()), dave.clone()), bad());
		assert_ok!(SaleAttesters::appoint(track_origin(sale.clone()), dave.clone()));

		assert_ok!(ComputeStaking::register_model(
			signed(Sr25519Keyring::Bob),
			[1; 32],
			pallet_compute_staking::ModelKind::Embedding,
			1,
			Default::default(),
			500 * UNITS,
			crate::common::IMAGE_LIMITS,
		));
		let limits = pallet_compute_staking::ModelLimits { max_units: 2, unit_millis: 500 };
		assert_noop!(
			ComputeStaking::set_model_limits(signed(Sr25519Keyring::Bob), 0, limits),
			bad()
		);
		assert_noop!(ComputeStaking::set_model_limits(track_origin(sale), 0, limits), bad());
		assert_ok!(ComputeStaking::set_model_limits(track_origin(params), 0, limits));
	});
}
