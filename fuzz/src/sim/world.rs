//! One world of the simulation: its participants, its setup, and the blocks they play.

use std::collections::{BTreeMap, BTreeSet};

use codec::Encode;
use frame_support::traits::{fungible::Inspect, Get};
use pallet_compute_staking::{ModelKind, ModelLimits, PendingSlashes, WorkerProfile};
use pallet_jobs::{Digest, JobId, JobInput, JobSpec, JobStatus, PayWith, Reveal};
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{MultiSignature, Perbill};
use tessera_runtime::{
	configs::ComputeRewardPot, AccountId, Balance, Balances, ComputeStaking, Runtime, RuntimeCall,
	RuntimeEvent, Spark, System, DAYS, UNITS,
};

use super::{
	agents::{truth, Agent, Strategy},
	Played,
};
use crate::{
	calls::{bounded, Action},
	chain::{genesis, Chain},
};

/// Blocks one world runs: an era (600 blocks) and the next one's first heartbeats, so that every
/// worker's era reward for the work of the first era is paid.
pub const BLOCKS: u32 = 640;
/// Every worker stakes `RewardStakeCap`: more earns no more reward.
const STAKE: Balance = 10_000 * UNITS;
/// What running a job costs a worker (power, GPU time), as a share of the job's pay to it:
/// what skipping the work saves.
const COMPUTE_COST: Perbill = Perbill::from_percent(50);
const HONEST: usize = 6;
const RING: usize = 3;
/// Jobs the creator submits each block: half single-worker, 30% on two workers, 20% on three.
const JOBS_PER_BLOCK: u32 = 2;
/// The griefing creator submits a dead-input job every this many blocks.
const GRIEF_EVERY: u32 = 4;
/// Spark a job costs: 40 at the genesis price of 0.01 TSR, 0.4 TSR, an image's worth of GPU
/// time. At 4 Spark the fees of a commit and a reveal take most of a worker's pay.
const UNITS_PER_JOB: u32 = 40;
/// The model's id: the first one registered on the genesis, which the network-parameters track
/// opens to free Spark.
const MODEL: u32 = 0;
/// The Spark launderer's own model: the second one registered, never opened to free Spark.
const LAUNDRY: u32 = 1;
const LAUNDERERS: usize = 2;

pub struct World {
	seed: u64,
	chain: Chain,
	agents: Vec<Agent>,
	/// Each agent's wealth when it joined (funded, before any fee of its own).
	start: Vec<i128>,
	creator: Agent,
	/// The digests each worker committed, by job.
	committed: BTreeMap<(usize, JobId), Digest>,
	/// Jobs of the griefing creator.
	griefing: BTreeSet<JobId>,
	/// The era each agent last sent a heartbeat in.
	beat: BTreeMap<usize, u32>,
	victim_slashes: u32,
	/// Blocks the withholding author did not publish.
	withheld: u32,
	/// The launderer's free-Spark jobs on its own model: accepted, refused.
	laundered: (u32, u32),
	/// Penalties of honest workers on any job.
	honest_penalties: u32,
	settled: u32,
	/// Print every penalty of an honest worker (`TESSERA_SIM_TRACE=1`), to read a loss.
	trace: bool,
}

impl World {
	/// Plays the world of `seed`; with `check_every_block`, every pallet's `try_state` runs
	/// after each block, otherwise once at the end.
	pub fn play(seed: u64, check_every_block: bool) -> Played {
		let mut ext = genesis();
		let mut world = Self::new(seed);
		world.chain.check_every_block = check_every_block;
		ext.execute_with(|| world.setup());
		while ext.execute_with(|| System::block_number()) < BLOCKS {
			ext.execute_with(|| world.block());
			// Each block computes the state root over the changes not yet committed: keep
			// them few.
			if ext.execute_with(|| System::block_number()) % 4 == 0 {
				ext.commit_all().expect("the in-memory backend takes every change");
			}
		}
		ext.execute_with(|| {
			Chain::check_state();
			world.result()
		})
	}

	fn new(seed: u64) -> Self {
		let mut strategies = vec![Strategy::Honest; HONEST];
		strategies.extend([Strategy::Lazy, Strategy::Copier, Strategy::Withholder]);
		strategies.extend([Strategy::SybilRing; RING]);
		strategies.extend([Strategy::AloneInClass, Strategy::ClassPair, Strategy::ClassPair]);
		strategies.extend([Strategy::WithholdingAuthor, Strategy::PotFarmer]);
		strategies.extend([Strategy::SparkLaunderer; LAUNDERERS]);
		strategies.push(Strategy::GriefingCreator);
		let agents = strategies
			.into_iter()
			.enumerate()
			.map(|(index, strategy)| Agent::new(strategy, index, STAKE))
			.collect();
		Self {
			seed,
			chain: Chain::new(),
			agents,
			start: Vec::new(),
			creator: Agent::new(Strategy::Honest, usize::MAX, 0),
			committed: BTreeMap::new(),
			griefing: BTreeSet::new(),
			beat: BTreeMap::new(),
			victim_slashes: 0,
			withheld: 0,
			laundered: (0, 0),
			honest_penalties: 0,
			settled: 0,
			trace: std::env::var_os("TESSERA_SIM_TRACE").is_some(),
		}
	}

	/// Alice funds everyone, Bob registers the model (which governance opens to free Spark), the
	/// launderer registers its own and is admitted for free Spark, the workers register.
	fn setup(&mut self) {
		self.chain.open_block(0);
		// The compute reward pot, which pays free-Spark jobs and era rewards, funded as
		// governance funds it.
		let mut funded = vec![
			(self.creator.account.clone(), 1_000_000 * UNITS),
			(ComputeRewardPot::get(), 100_000 * UNITS),
		];
		funded.extend(
			self.agents.iter().map(|agent| (agent.account.clone(), agent.capital + 1_000 * UNITS)),
		);
		for (who, amount) in funded {
			let call =
				pallet_balances::Call::transfer_keep_alive { dest: who.into(), value: amount };
			self.chain.apply_signed(call.into(), &Sr25519Keyring::Alice.pair());
		}
		self.chain.close_block();
		self.start = self.agents.iter().map(|agent| wealth(&agent.account)).collect();

		self.chain.open_block(0);
		let model = pallet_compute_staking::Call::register_model {
			weights_hash: [7; 32],
			kind: ModelKind::Embedding,
			units_per_job: UNITS_PER_JOB,
			metadata_uri: bounded(b"ipfs://sim-model"),
			stake: 500 * UNITS,
			limits: ModelLimits { max_units: 16, unit_millis: 1_000 },
		};
		self.chain.apply_signed(model.clone().into(), &Sr25519Keyring::Bob.pair());
		let open = pallet_compute_staking::Call::set_grant_model { model: MODEL, open: true };
		self.chain.perform(Action::Root(open.into()));
		let launderer = self.index_of(Strategy::SparkLaunderer);
		self.sign(launderer, model.into());
		let who = self.agents[launderer].account.clone();
		self.chain.perform(Action::Root(pallet_spark::Call::register { who }.into()));
		for index in 0..self.agents.len() {
			let strategy = self.agents[index].strategy;
			let (class, models): (&[u8], Vec<u32>) = match strategy {
				Strategy::GriefingCreator => continue,
				// Each class alone below its genesis quorum of 3.
				Strategy::AloneInClass => (b"cuda-sm90", vec![MODEL]),
				Strategy::ClassPair => (b"cpu-aarch64", vec![MODEL]),
				Strategy::PotFarmer => (b"cpu-x86_64", vec![]),
				// Two of a class with a quorum of two: its own model's lone jobs are seated.
				Strategy::SparkLaunderer => (b"cpu-x86_64", vec![LAUNDRY]),
				_ => (b"cpu-x86_64", vec![MODEL]),
			};
			let profile = WorkerProfile {
				class: bounded(class),
				models: models.try_into().expect("one model"),
				endpoint: bounded(b"https://sim.example"),
			};
			self.sign(
				index,
				pallet_compute_staking::Call::register_worker { stake: STAKE, profile }.into(),
			);
			if strategy == Strategy::SybilRing {
				let weeks = <Runtime as pallet_compute_staking::Config>::MaxLockWeeks::get();
				self.sign(index, pallet_compute_staking::Call::lock_stake { weeks }.into());
			}
		}
		self.chain.close_block();
	}

	fn block(&mut self) {
		let withheld = self.withheld_slots();
		self.chain.open_block(withheld);
		let now = System::block_number();
		for n in 0..JOBS_PER_BLOCK {
			let redundancy = match self.noise(usize::MAX, now, n)[0] % 10 {
				0..=4 => 1,
				5..=7 => 2,
				_ => 3,
			};
			let input = JobInput::Inline(bounded(&(self.seed, now, n).encode()));
			let spec =
				JobSpec { model: MODEL, input, units: 1, redundancy, pay_with: PayWith::Token };
			let call = pallet_jobs::Call::submit_job { spec }.into();
			self.chain.apply_signed(call, &self.creator.pair);
		}
		if now % GRIEF_EVERY == 0 {
			let griefer = self.index_of(Strategy::GriefingCreator);
			let input = JobInput::Remote {
				digest: self.noise(griefer, now, 0),
				uri: bounded(b"http://10.255.255.1/never-answers"),
			};
			let spec =
				JobSpec { model: MODEL, input, units: 1, redundancy: 1, pay_with: PayWith::Token };
			self.griefing.insert(pallet_jobs::NextJobId::<Runtime>::get());
			self.sign(griefer, pallet_jobs::Call::submit_job { spec }.into());
		}
		self.launder(now);
		for index in 0..self.agents.len() {
			match self.agents[index].strategy {
				Strategy::GriefingCreator => {},
				Strategy::PotFarmer => self.heartbeat(index),
				_ => {
					self.heartbeat(index);
					self.work(index);
				},
			}
		}
		self.chain.close_block();
		self.observe();
	}

	/// The withholding author's play before each block: when the next slot is its own (it is
	/// authority 0, Alice) and the block would order an audit of a job it holds a seat of, it
	/// does not publish the block, and the next slot's author (another validator) opens the
	/// block instead, with another seed. Returns the slots skipped.
	fn withheld_slots(&mut self) -> u64 {
		if self.chain.next_author() != 0 {
			return 0;
		}
		let author = &self.agents[self.index_of(Strategy::WithholdingAuthor)].account;
		let audits_author = self.chain.foresee_block().into_iter().any(|event| match event {
			RuntimeEvent::Jobs(pallet_jobs::Event::AuditOrdered { job }) => {
				pallet_jobs::Jobs::<Runtime>::get(job)
					.is_some_and(|job| job.seats.iter().any(|seat| seat.worker == *author))
			},
			_ => false,
		});
		if audits_author {
			self.withheld += 1;
		}
		u64::from(audits_author)
	}

	/// The launderer's play: it claims its free grant when due and spends it on lone jobs of
	/// its own model, as long as they are accepted.
	fn launder(&mut self, now: u32) {
		if self.laundered.1 > 0 {
			return;
		}
		let index = self.index_of(Strategy::SparkLaunderer);
		let who = self.agents[index].account.clone();
		if Spark::account_info(&who).next_claim_at.is_some_and(|due| due <= now) {
			let claim = pallet_spark::Call::claim_free { who: who.clone() };
			self.chain.perform(Action::General(claim.into()));
		}
		if Spark::spark_of(&who).free < UNITS_PER_JOB.into() {
			return;
		}
		let input = JobInput::Inline(bounded(&(self.seed, now, "laundry").encode()));
		let spec =
			JobSpec { model: LAUNDRY, input, units: 1, redundancy: 1, pay_with: PayWith::Spark };
		let next = pallet_jobs::NextJobId::<Runtime>::get();
		self.sign(index, pallet_jobs::Call::submit_job { spec }.into());
		match pallet_jobs::NextJobId::<Runtime>::get() == next {
			true => self.laundered.1 += 1,
			false => self.laundered.0 += 1,
		}
	}

	/// What worker `index` does with its seats this block: commit where it has not, reveal
	/// (or not) where reveals are open.
	fn work(&mut self, index: usize) {
		let agent = &self.agents[index];
		let account = agent.account.clone();
		for id in pallet_jobs::WorkerJobs::<Runtime>::get(&account) {
			let Some(job) = pallet_jobs::Jobs::<Runtime>::get(id) else { continue };
			let Some(seat) = job.seats.iter().find(|seat| seat.worker == account) else { continue };
			let salt = sp_io::hashing::blake2_256(&(&account, id).encode());
			match job.status {
				JobStatus::Committing { .. } if seat.commitment.is_none() => {
					let strategy = self.agents[index].strategy;
					let truth = truth(id, self.griefing.contains(&id));
					let lone = job.awaits_audit_draw();
					let digest = strategy.digest(id, truth, self.noise(index, id, 1), lone);
					if strategy.computes(lone) && !self.griefing.contains(&id) {
						let pay = job.escrow / Balance::from(job.redundancy);
						self.agents[index].spent += COMPUTE_COST.mul_floor(pay);
					}
					self.committed.insert((index, id), digest);
					let commitment = pallet_jobs::commitment_of(&digest, &salt, &account);
					self.sign(
						index,
						pallet_jobs::Call::commit_result { job: id, commitment }.into(),
					);
				},
				JobStatus::Revealing { .. }
					if seat.commitment.is_some() && seat.revealed.is_none() =>
				{
					let Some(digest) = self.committed.get(&(index, id)).copied() else { continue };
					let peers: Vec<Digest> = job
						.seats
						.iter()
						.filter_map(|other| other.revealed.as_ref().map(|(digest, _)| *digest))
						.collect();
					if self.agents[index].strategy.reveals(&digest, &peers) {
						let reveal = Reveal {
							job: id,
							digest,
							salt,
							uri: bounded(b"https://sim.example/out"),
						};
						self.sign(index, pallet_jobs::Call::reveal_result { reveal }.into());
					}
				},
				_ => {},
			}
		}
	}

	/// Worker `index`'s heartbeat, once per era, signed by its key as the worker sends it.
	fn heartbeat(&mut self, index: usize) {
		let era = ComputeStaking::current_era();
		if self.beat.get(&index) == Some(&era) {
			return;
		}
		let agent = &self.agents[index];
		if !pallet_compute_staking::Workers::<Runtime>::contains_key(&agent.account) {
			return;
		}
		let message = ComputeStaking::heartbeat_message(&agent.account, era);
		let signature = MultiSignature::Sr25519(agent.pair.sign(&message));
		let call = pallet_compute_staking::Call::heartbeat {
			worker: agent.account.clone(),
			era,
			signature,
		};
		self.chain.perform(Action::General(call.into()));
		self.beat.insert(index, era);
	}

	/// Counts the block's settled jobs and any honest worker penalized over a griefing job.
	fn observe(&mut self) {
		let honest: BTreeSet<&AccountId> = self
			.agents
			.iter()
			.filter(|agent| agent.strategy == Strategy::Honest)
			.map(|agent| &agent.account)
			.collect();
		for record in System::read_events_no_consensus() {
			use pallet_jobs::Event as Jobs;
			match &record.event {
				RuntimeEvent::Jobs(Jobs::JobSettled { .. }) => self.settled += 1,
				RuntimeEvent::Jobs(
					Jobs::ResultRejected { job, worker, .. }
					| Jobs::DeadlineMissed { job, worker, .. }
					| Jobs::RevealWithheld { job, worker, .. },
				) if honest.contains(worker) => {
					if self.trace {
						let outcome = pallet_jobs::Outcomes::<Runtime>::get(job);
						println!(
							"block {}: honest {worker} penalized: {:?}; outcome {outcome:?}",
							System::block_number(),
							record.event
						);
						let who: Vec<_> =
							self.agents.iter().map(|a| (a.strategy, a.account.clone())).collect();
						println!("agents {who:?}");
					}
					self.honest_penalties += 1;
					if self.griefing.contains(job) {
						self.victim_slashes += 1
					}
				},
				_ => {},
			}
		}
	}

	/// Each strategy's gain per 1,000 TSR of capital per day, its agents averaged.
	fn result(&self) -> Played {
		let days = f64::from(BLOCKS) / f64::from(DAYS);
		let mut sums = BTreeMap::<Strategy, (f64, u32)>::new();
		for (agent, start) in self.agents.iter().zip(&self.start) {
			let gain = wealth(&agent.account) - start - agent.spent as i128;
			let per_thousand = agent.capital as f64 / (1_000 * UNITS) as f64;
			let gain = gain as f64 / UNITS as f64 / per_thousand / days;
			let sum = sums.entry(agent.strategy).or_default();
			*sum = (sum.0 + gain, sum.1 + 1);
		}
		let gains =
			sums.into_iter().map(|(strategy, (sum, n))| (strategy, sum / f64::from(n))).collect();
		Played {
			gains,
			victim_slashes: self.victim_slashes,
			honest_penalties: self.honest_penalties,
			settled: self.settled,
			withheld: self.withheld,
			laundered: self.laundered,
		}
	}

	fn sign(&mut self, index: usize, call: RuntimeCall) {
		self.chain.apply_signed(call, &self.agents[index].pair);
	}

	fn index_of(&self, strategy: Strategy) -> usize {
		self.agents
			.iter()
			.position(|agent| agent.strategy == strategy)
			.expect("every strategy plays")
	}

	/// This world's random bytes for `(agent, subject, n)`.
	fn noise(&self, agent: usize, subject: impl Encode, n: u32) -> Digest {
		sp_io::hashing::blake2_256(&(self.seed, agent as u64, subject, n).encode())
	}
}

/// What `who` owns, its stake and the rewards owed to it included, less its pending slashes.
fn wealth(who: &AccountId) -> i128 {
	let slashed: Balance =
		PendingSlashes::<Runtime>::iter_prefix_values(who).map(|slash| slash.amount).sum();
	let owned = Balances::total_balance(who) + ComputeStaking::pending_rewards(who);
	owned as i128 - slashed as i128
}
