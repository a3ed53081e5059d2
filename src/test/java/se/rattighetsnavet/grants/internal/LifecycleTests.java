package se.rattighetsnavet.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.grants.ReportStatus;
import se.rattighetsnavet.grants.RequisitionStatus;
import se.rattighetsnavet.platform.BusinessRuleException;

class LifecycleTests {

	@Test
	void requisitionGoesDraftSubmittedReceivedPaidInThatOrder() {
		assertThat(Lifecycle.allows(RequisitionStatus.UTKAST, RequisitionStatus.INLAMNAD)).isTrue();
		assertThat(Lifecycle.allows(RequisitionStatus.INLAMNAD, RequisitionStatus.MOTTAGEN)).isTrue();
		assertThat(Lifecycle.allows(RequisitionStatus.MOTTAGEN, RequisitionStatus.UTBETALD)).isTrue();
		assertThat(Lifecycle.allows(RequisitionStatus.UTKAST, RequisitionStatus.UTBETALD)).isFalse();
		assertThat(Lifecycle.allows(RequisitionStatus.INLAMNAD, RequisitionStatus.UTBETALD)).isFalse();
		assertThat(Lifecycle.allows(RequisitionStatus.UTBETALD, RequisitionStatus.UTKAST)).isFalse();
		assertThatThrownBy(() -> Lifecycle.require(RequisitionStatus.INLAMNAD, RequisitionStatus.INLAMNAD))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void submittedRequisitionIsLocked() {
		Lifecycle.requireEditable(RequisitionStatus.UTKAST);
		assertThatThrownBy(() -> Lifecycle.requireEditable(RequisitionStatus.INLAMNAD)).isInstanceOf(BusinessRuleException.class)
			.satisfies(ex -> assertThat(((BusinessRuleException) ex).status()).isEqualTo(409));
	}

	@Test
	void reportIsApprovedOrSentBackAndMayThenBeResubmitted() {
		assertThat(Lifecycle.allows(ReportStatus.UTKAST, ReportStatus.INLAMNAD)).isTrue();
		assertThat(Lifecycle.allows(ReportStatus.INLAMNAD, ReportStatus.GODKAND)).isTrue();
		assertThat(Lifecycle.allows(ReportStatus.INLAMNAD, ReportStatus.KOMPLETTERING_BEGARD)).isTrue();
		assertThat(Lifecycle.allows(ReportStatus.KOMPLETTERING_BEGARD, ReportStatus.INLAMNAD)).isTrue();
		assertThat(Lifecycle.allows(ReportStatus.UTKAST, ReportStatus.GODKAND)).isFalse();
		assertThat(Lifecycle.allows(ReportStatus.GODKAND, ReportStatus.KOMPLETTERING_BEGARD)).isFalse();
		Lifecycle.requireEditable(ReportStatus.KOMPLETTERING_BEGARD);
		assertThatThrownBy(() -> Lifecycle.requireEditable(ReportStatus.GODKAND)).isInstanceOf(BusinessRuleException.class);
	}
}
