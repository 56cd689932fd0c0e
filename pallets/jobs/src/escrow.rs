//! The escrow account: every open job's payment and deposit, held in the pallet's own account.
//!
//! A hold in the creator's account can be frozen by its owner: a conviction vote locks the
//! whole balance, holds included, and a `Polite` transfer of a frozen hold fails. Settlement
//! then failed and reverted the last worker's reveal, which missed its deadline and was
//! slashed. Moved to an account nobody controls at submission, the payment is out of the
//! creator's reach, and payouts use `Fortitude::Force` so that no lock anyone places on the
//! escrow account itself (a vested transfer to it) can stand between a job and its pay.

use crate::{BalanceOf, Config, Deposits, HoldReason, JobId, Pallet};
use frame_support::{
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get,
	},
};
use sp_runtime::traits::{AccountIdConversion, Zero};

impl<T: Config> Pallet<T> {
	/// The keyless account that holds every open job's payment and deposit.
	pub fn escrow_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Makes the escrow account exist, which a hold needs: a provider reference of its own,
	/// so that it never needs an existence deposit nor is reaped when every job has ended.
	/// Nothing is minted: the supply stays what genesis made it.
	pub(crate) fn open_escrow_account() {
		let escrow = Self::escrow_account();
		if !frame_system::Pallet::<T>::account_exists(&escrow) {
			frame_system::Pallet::<T>::inc_providers(&escrow);
		}
	}

	/// Moves `amount` of `from`'s free balance into escrow, held for `reason`. `from` keeps
	/// its existence deposit, and its locks and freezes are respected: a creator cannot pay
	/// with what it has locked. An amount below the existence deposit, into an escrow account
	/// holding nothing free, cannot be deposited and fails.
	pub(crate) fn escrow_from(
		reason: HoldReason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		Self::open_escrow_account();
		T::Currency::transfer_and_hold(
			&reason.into(),
			from,
			&Self::escrow_account(),
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	/// Pays `amount` held in escrow for `reason` to `to`, free to spend. A payee that cannot
	/// receive it (an account reaped since, paid less than the existence deposit) forfeits it
	/// to the treasury rather than blocking the job.
	pub(crate) fn pay_out(
		reason: HoldReason,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let reason = reason.into();
		let escrow = Self::escrow_account();
		let transfer = |to: &T::AccountId| {
			T::Currency::transfer_on_hold(
				&reason,
				&escrow,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)
		};
		transfer(to).or_else(|_| transfer(&T::Treasury::get())).map(|_| ())
	}

	/// Takes the submission deposit of a token-paid job from `creator` into escrow.
	pub(crate) fn take_deposit(id: JobId, creator: &T::AccountId) -> DispatchResult {
		let deposit = T::SubmissionDeposit::get();
		if deposit.is_zero() {
			return Ok(());
		}
		Self::escrow_from(HoldReason::JobDeposit, creator, deposit)?;
		Deposits::<T>::insert(id, deposit);
		Ok(())
	}

	/// Returns job `id`'s deposit to `creator`, or gives it to the treasury when `forfeit`.
	pub(crate) fn settle_deposit(
		id: JobId,
		creator: &T::AccountId,
		forfeit: bool,
	) -> DispatchResult {
		let Some(deposit) = Deposits::<T>::take(id) else { return Ok(()) };
		let to = if forfeit { T::Treasury::get() } else { creator.clone() };
		Self::pay_out(HoldReason::JobDeposit, &to, deposit)
	}
}
