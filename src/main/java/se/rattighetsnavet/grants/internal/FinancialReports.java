package se.rattighetsnavet.grants.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.grants.CfoAttestation;
import se.rattighetsnavet.grants.Cost;
import se.rattighetsnavet.grants.FinancialReport;
import se.rattighetsnavet.grants.FinancialReport.CfoDetails;
import se.rattighetsnavet.grants.ReportKind;
import se.rattighetsnavet.grants.ReportStatus;

@Repository
class FinancialReports {

	private final JdbcClient jdbc;

	FinancialReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ValidReport r, String createdBy) {
		long id = jdbc.sql("""
				INSERT INTO grants_financial_report (agreement_id, year, kind, status, recipient, organisation_number, contact_person,
				  postal_address, phone, fax, email, agreement_file_number, payment_decision_file_number, agreement_name, total_granted,
				  total_paid_out, period_from, period_to, grant_received, total_costs, unspent, cfo_attestation, deviations, measures,
				  cfo_name, cfo_title, cfo_phone, cfo_email, cfo_date, created_by)
				VALUES (?, ?, ?, 'UTKAST', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(values(r, createdBy))
			.query(Long.class)
			.single();
		insertCosts(id, r);
		return id;
	}

	boolean update(long id, ValidReport r, int version) {
		List<Object> params = new ArrayList<>(values(r, null).subList(0, 28));
		params.add(id);
		params.add(version);
		boolean updated = jdbc.sql("""
				UPDATE grants_financial_report SET agreement_id = ?, year = ?, kind = ?, recipient = ?, organisation_number = ?,
				  contact_person = ?, postal_address = ?, phone = ?, fax = ?, email = ?, agreement_file_number = ?,
				  payment_decision_file_number = ?, agreement_name = ?, total_granted = ?, total_paid_out = ?, period_from = ?,
				  period_to = ?, grant_received = ?, total_costs = ?, unspent = ?, cfo_attestation = ?, deviations = ?, measures = ?,
				  cfo_name = ?, cfo_title = ?, cfo_phone = ?, cfo_email = ?, cfo_date = ?, version = version + 1
				WHERE id = ? AND version = ? AND status IN ('UTKAST','KOMPLETTERING_BEGARD')""")
			.params(params)
			.update() == 1;
		if (updated) {
			jdbc.sql("DELETE FROM grants_cost WHERE report_id = ?").param(id).update();
			insertCosts(id, r);
		}
		return updated;
	}

	boolean markSubmitted(long id, int version, String by, Instant at, byte[] pdf) {
		return jdbc.sql("""
				UPDATE grants_financial_report SET status = 'INLAMNAD', submitted_by = ?, submitted_at = ?, pdf = ?,
				  completion_reason = NULL, decided_by = NULL, decided_at = NULL, version = version + 1
				WHERE id = ? AND version = ? AND status IN ('UTKAST','KOMPLETTERING_BEGARD')""")
			.params(by, Timestamp.from(at), pdf, id, version)
			.update() == 1;
	}

	boolean markDecided(long id, int version, ReportStatus status, String reason, String by, Instant at) {
		return jdbc.sql("""
				UPDATE grants_financial_report SET status = ?, completion_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'INLAMNAD'""")
			.params(status.name(), reason, by, Timestamp.from(at), id, version)
			.update() == 1;
	}

	Optional<FinancialReport> find(long id) {
		return list("WHERE id = ?", id).stream().findFirst();
	}

	List<FinancialReport> forAgreement(long agreementId) {
		return list("WHERE agreement_id = ?", agreementId);
	}

	Optional<byte[]> pdf(long id) {
		return jdbc.sql("SELECT pdf FROM grants_financial_report WHERE id = ? AND pdf IS NOT NULL").param(id).query(byte[].class).optional();
	}

	private List<FinancialReport> list(String where, long key) {
		Map<Long, List<Cost>> costs = new HashMap<>();
		jdbc.sql("SELECT c.report_id, c.description, c.amount FROM grants_cost c JOIN grants_financial_report r ON r.id = c.report_id "
				+ where.replace("WHERE ", "WHERE r.") + " ORDER BY c.report_id, c.position")
			.param(key)
			.query(rs -> {
				costs.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
					.add(new Cost(rs.getString("description"), rs.getBigDecimal("amount")));
			});
		return jdbc.sql("SELECT * FROM grants_financial_report " + where + " ORDER BY year, id")
			.param(key)
			.query((rs, row) -> map(rs, costs.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private void insertCosts(long id, ValidReport r) {
		List<Cost> costs = r.figures().costs();
		for (int i = 0; i < costs.size(); i++) {
			jdbc.sql("INSERT INTO grants_cost (report_id, position, description, amount) VALUES (?, ?, ?, ?)")
				.params(id, i, costs.get(i).description(), costs.get(i).amount())
				.update();
		}
	}

	private static List<Object> values(ValidReport r, String createdBy) {
		List<Object> values = new ArrayList<>(List.of(r.agreementId(), r.year(), r.kind().name()));
		values.addAll(java.util.Arrays.asList(r.contact().recipient(), r.contact().organisationNumber(), r.contact().contactPerson(),
				r.contact().postalAddress(), r.contact().phone(), r.contact().fax(), r.contact().email(), r.agreementFileNumber(),
				r.paymentDecisionFileNumber(), r.agreementName(), r.totalGranted(), r.totalPaidOut(), r.periodFrom(), r.periodTo(),
				r.figures().received(), r.figures().totalCosts(), r.figures().unspent(),
				r.attestation() == null ? null : r.attestation().name(), r.deviations(), r.measures(), r.cfo().name(), r.cfo().title(),
				r.cfo().phone(), r.cfo().email(), r.cfo().date(), createdBy));
		return values;
	}

	private static FinancialReport map(ResultSet rs, List<Cost> costs) throws SQLException {
		String attestation = rs.getString("cfo_attestation");
		return new FinancialReport(rs.getLong("id"), rs.getLong("agreement_id"), rs.getInt("year"), ReportKind.valueOf(rs.getString("kind")),
				ReportStatus.valueOf(rs.getString("status")), Requisitions.contact(rs), rs.getString("agreement_file_number"),
				rs.getString("payment_decision_file_number"), rs.getString("agreement_name"), rs.getBigDecimal("total_granted"),
				rs.getBigDecimal("total_paid_out"), rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getBigDecimal("grant_received"), costs, rs.getBigDecimal("total_costs"), rs.getBigDecimal("unspent"),
				attestation == null ? null : CfoAttestation.valueOf(attestation), rs.getString("deviations"), rs.getString("measures"),
				new CfoDetails(rs.getString("cfo_name"), rs.getString("cfo_title"), rs.getString("cfo_phone"), rs.getString("cfo_email"),
						rs.getObject("cfo_date", LocalDate.class)),
				rs.getString("completion_reason"), rs.getString("decided_by"), Requisitions.instant(rs, "decided_at"),
				rs.getString("created_by"), Requisitions.instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getInt("version"));
	}
}
