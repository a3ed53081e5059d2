package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.Funding;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.RequisitionInput;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;

/**
 * Fills new forms from what the platform already knows: the agreement (file number, name, period, the grant left to request)
 * and the organisation SKR (name, organisationsnummer), with the signed-in person as contact. Nothing is invented: what is
 * not known (postal address, phone, the payment decision's file number, the account) is left for the person to fill in.
 */
@Component
class Prefill {

	private final OrganisationManagement organisations;
	private final Requisitions requisitions;

	Prefill(OrganisationManagement organisations, Requisitions requisitions) {
		this.organisations = organisations;
		this.requisitions = requisitions;
	}

	RequisitionInput requisition(Agreement agreement) {
		Organisation skr = organisations.get(GrantAccess.SKR);
		Actor actor = Actors.current();
		Funding funding = nextFunding(agreement).orElse(null);
		LocalDate from = funding == null ? agreement.validFrom() : periodFrom(agreement, funding.year());
		LocalDate to = funding == null ? agreement.validTo() : periodTo(agreement, funding.year());
		String amount = funding == null ? null
				: funding.amount().subtract(requisitions.requestedByOthers(agreement.id(), funding.year(), 0)).toPlainString();
		return new RequisitionInput(agreement.id(), skr.name(), skr.organisationNumber(), actor.name(), null, null, null,
				actor.email(), agreement.fileNumber(), null, agreement.title(), amount, from.toString(), to.toString(), "BANKGIRO", null,
				null);
	}

	FinancialReportInput report(Agreement agreement, ReportKind kind, int year, BigDecimal paid) {
		Organisation skr = organisations.get(GrantAccess.SKR);
		Actor actor = Actors.current();
		BigDecimal granted = agreement.funding().stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		LocalDate from = kind == ReportKind.FINAL ? agreement.validFrom() : periodFrom(agreement, year);
		LocalDate to = kind == ReportKind.FINAL ? agreement.validTo() : periodTo(agreement, year);
		return new FinancialReportInput(agreement.id(), kind.name(), String.valueOf(year), skr.name(), skr.organisationNumber(),
				actor.name(), null, null, null, actor.email(), agreement.fileNumber(), null, agreement.title(), granted.toPlainString(),
				paid.toPlainString(), from.toString(), to.toString(), paid.signum() > 0 ? paid.toPlainString() : null, List.of(), null,
				null, null, null, null, null, null, null);
	}

	/** The bidragsmottagare is SKR when its organisationsnummer is given and the name left out. */
	RequisitionInput withDefaultRecipient(RequisitionInput input) {
		if (input.recipient() != null && !input.recipient().isBlank()) {
			return input;
		}
		return new RequisitionInput(input.agreementId(), recipientFor(input.organisationNumber()), input.organisationNumber(),
				input.contactPerson(), input.postalAddress(), input.phone(), input.fax(), input.email(), input.agreementFileNumber(),
				input.paymentDecisionFileNumber(), input.agreementName(), input.amount(), input.periodFrom(), input.periodTo(),
				input.paymentAccountType(), input.paymentAccount(), input.paymentReference());
	}

	String recipientFor(String organisationNumber) {
		Organisation skr = organisations.get(GrantAccess.SKR);
		return organisationNumber != null && organisationNumber.trim().replace("-", "").equals(
				String.valueOf(skr.organisationNumber()).replace("-", "")) ? skr.name() : null;
	}

	/** The first funded year with money left to request. */
	private Optional<Funding> nextFunding(Agreement agreement) {
		return agreement.funding().stream()
			.sorted(java.util.Comparator.comparingInt(Funding::year))
			.filter(f -> f.amount().compareTo(requisitions.requestedByOthers(agreement.id(), f.year(), 0)) > 0)
			.findFirst()
			.or(() -> agreement.funding().stream().findFirst());
	}

	/** A one-year grant covers the agreement's whole period; a yearly grant its calendar year within the period. */
	static LocalDate periodFrom(Agreement agreement, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		return agreement.funding().size() == 1 || start.isBefore(agreement.validFrom()) ? agreement.validFrom() : start;
	}

	static LocalDate periodTo(Agreement agreement, int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		return agreement.funding().size() == 1 || end.isAfter(agreement.validTo()) ? agreement.validTo() : end;
	}
}
