package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.Funding;
import se.rattighetsnavet.grants.FinancialReportInput;
import se.rattighetsnavet.grants.FinancialReportInput.CostInput;
import se.rattighetsnavet.grants.RequisitionInput;

/**
 * Agreements and inputs shaped like the seeds' (OK2017: 3 000 000 kr for 2017; OK2014: 4 000 000 kr a year 2014–2016).
 */
final class Fixtures {

	static final String APPROPRIATION = "UO 1, anslag 6:1, ap. 14";

	static final Agreement OK2017 = new Agreement(17, "OK2017", "Överenskommelse om att stärka arbetet med mänskliga rättigheter",
			"Ku2017/01520/DISK", "Kulturdepartementet", LocalDate.of(2017, 6, 1), LocalDate.of(2018, 12, 31),
			List.of(new Funding(2017, new BigDecimal("3000000.00"), false, APPROPRIATION)));

	static final Agreement OK2014 = new Agreement(14, "OK2014", "Överenskommelse om mänskliga rättigheter", "A2014/2289/DISK",
			"Arbetsmarknadsdepartementet", LocalDate.of(2014, 6, 13), LocalDate.of(2017, 9, 1),
			List.of(new Funding(2014, new BigDecimal("4000000.00"), false, APPROPRIATION),
					new Funding(2015, new BigDecimal("4000000.00"), true, APPROPRIATION),
					new Funding(2016, new BigDecimal("4000000.00"), true, APPROPRIATION)));

	private Fixtures() {
	}

	static RequisitionInput requisition(String amount) {
		return new RequisitionInput(17L, "Sveriges Kommuner och Regioner", "222000-0315", "Anna Andersson", "118 82 Stockholm",
				"08-452 70 00", null, "anna.andersson@skr.se", "Ku2017/01520/DISK", "Ku2017/02000/D", OK2017.title(), amount,
				"2017-07-01", "2018-09-01", "BANKGIRO", "5050-1055", "MR 2017");
	}

	static FinancialReportInput report(String attestation, String deviations, String measures, CostInput... costs) {
		return new FinancialReportInput(17L, "FINAL", null, "Sveriges Kommuner och Regioner", "222000-0315", "Anna Andersson",
				"118 82 Stockholm", "08-452 70 00", null, "anna.andersson@skr.se", "Ku2017/01520/DISK", "Ku2017/02000/D", OK2017.title(),
				"3 000 000", "3 000 000", "2017-07-01", "2018-08-31", "3 000 000", List.of(costs), attestation, deviations, measures,
				"Eva Ek", "Ekonomidirektör", "08-452 70 01", "eva.ek@skr.se", "2018-08-20");
	}
}
