//! Provenance NFTs: only the creator of a settled job mints its output, once.

use super::*;
use frame_support::assert_noop;

fn settled_job() -> JobId {
	let model = market(2);
	let id = submit(spec(model, 1, 2, PayWith::Token));
	run_to(2);
	deliver(id, [0xab; 32]);
	id
}

#[test]
fn the_creator_mints_a_settled_output_with_its_provenance() {
	test(|| {
		let id = settled_job();
		assert_ok!(JobMarket::mint_output(RuntimeOrigin::signed(CREATOR), id));
		assert!(events().contains(&Event::OutputMinted { job: id, owner: CREATOR }));

		let (owner, metadata) = MintedOutputs::get(id).expect("minted");
		assert_eq!(owner, CREATOR);
		let expected = format!(
			"{{\"job\":{id},\"model\":0,\"modelHash\":\"0x{}\",\"digest\":\"0x{}\"}}",
			"00".repeat(32),
			"ab".repeat(32)
		);
		assert_eq!(String::from_utf8(metadata).unwrap(), expected);

		assert!(JobMarket::mint_output(RuntimeOrigin::signed(CREATOR), id).is_err());
	});
}

#[test]
fn nobody_else_mints_it() {
	test(|| {
		let id = settled_job();
		assert_noop!(
			JobMarket::mint_output(RuntimeOrigin::signed(OWNER), id),
			Error::<Test>::NotCreator
		);
	});
}

#[test]
fn unsettled_refunded_and_pruned_jobs_cannot_be_minted() {
	test(|| {
		let model = market(2);
		let live = submit(spec(model, 1, 2, PayWith::Token));
		assert_noop!(
			JobMarket::mint_output(RuntimeOrigin::signed(CREATOR), live),
			Error::<Test>::NotSettled
		);
		run_to(2);
		deliver(live, [1; 32]);

		let lonely = idle_model(2);
		let refunded = submit(spec(lonely, 1, 1, PayWith::Token));
		run_to(2 + MAX_WAIT);
		assert!(matches!(Outcomes::<Test>::get(refunded), Some(JobOutcome::Refunded { .. })));
		assert_noop!(
			JobMarket::mint_output(RuntimeOrigin::signed(CREATOR), refunded),
			Error::<Test>::NotSettled
		);

		run_to(System::block_number() + RESULT_RETENTION + 1);
		assert!(!Outcomes::<Test>::contains_key(live));
		assert_noop!(
			JobMarket::mint_output(RuntimeOrigin::signed(CREATOR), live),
			Error::<Test>::NotSettled
		);
	});
}
