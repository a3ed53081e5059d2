package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.grants.ContactDetails;
import se.rattighetsnavet.grants.PaymentAccountType;
import se.rattighetsnavet.grants.Requisition;
import se.rattighetsnavet.grants.RequisitionStatus;

@Repository
class Requisitions {

	private static final String COLUMNS = """
			id, agreement_id, year, status, recipient, organisation_number, contact_person, postal_address, phone, fax, email,
			agreement_file_number, payment_decision_file_number, agreement_name, amount, period_from, period_to,
			payment_account_type, payment_account, payment_reference, created_by, submitted_at, submitted_by, received_at,
			received_by, paid_amount, paid_on, paid_by, version""";

	private final JdbcClient jdbc;

	Requisitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ValidRequisition r, String createdBy) {
		return jdbc.sql("""
				INSERT INTO grants_requisition (agreement_id, year, status, recipient, organisation_number, contact_person,
				  postal_address, phone, fax, email, agreement_file_number, payment_decision_file_number, agreement_name, amount,
				  period_from, period_to, payment_account_type, payment_account, payment_reference, created_by)
				VALUES (?, ?, 'UTKAST', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(r.agreementId(), r.year(), r.contact().recipient(), r.contact().organisationNumber(), r.contact().contactPerson(),
					r.contact().postalAddress(), r.contact().phone(), r.contact().fax(), r.contact().email(), r.agreementFileNumber(),
					r.paymentDecisionFileNumber(), r.agreementName(), r.amount(), r.periodFrom(), r.periodTo(), r.accountType().name(),
					r.account(), r.reference(), createdBy)
			.query(Long.class)
			.single();
	}

	boolean update(long id, ValidRequisition r, int version) {
		return jdbc.sql("""
				UPDATE grants_requisition SET agreement_id = ?, year = ?, recipient = ?, organisation_number = ?, contact_person = ?,
				  postal_address = ?, phone = ?, fax = ?, email = ?, agreement_file_number = ?, payment_decision_file_number = ?,
				  agreement_name = ?, amount = ?, period_from = ?, period_to = ?, payment_account_type = ?, payment_account = ?,
				  payment_reference = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'UTKAST'""")
			.params(r.agreementId(), r.year(), r.contact().recipient(), r.contact().organisationNumber(), r.contact().contactPerson(),
					r.contact().postalAddress(), r.contact().phone(), r.contact().fax(), r.contact().email(), r.agreementFileNumber(),
					r.paymentDecisionFileNumber(), r.agreementName(), r.amount(), r.periodFrom(), r.periodTo(), r.accountType().name(),
					r.account(), r.reference(), id, version)
			.update() == 1;
	}

	boolean markSubmitted(long id, int version, String by, Instant at, byte[] pdf) {
		return jdbc.sql("""
				UPDATE grants_requisition SET status = 'INLAMNAD', submitted_by = ?, submitted_at = ?, pdf = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'UTKAST'""")
			.params(by, Timestamp.from(at), pdf, id, version)
			.update() == 1;
	}

	boolean markReceived(long id, int version, String by, Instant at) {
		return jdbc.sql("""
				UPDATE grants_requisition SET status = 'MOTTAGEN', received_by = ?, received_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'INLAMNAD'""")
			.params(by, Timestamp.from(at), id, version)
			.update() == 1;
	}

	boolean markPaid(long id, int version, BigDecimal amount, LocalDate paidOn, String by) {
		return jdbc.sql("""
				UPDATE grants_requisition SET status = 'UTBETALD', paid_amount = ?, paid_on = ?, paid_by = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'MOTTAGEN'""")
			.params(amount, paidOn, by, id, version)
			.update() == 1;
	}

	Optional<Requisition> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM grants_requisition WHERE id = ?").param(id).query(Requisitions::map).optional();
	}

	List<Requisition> forAgreement(long agreementId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM grants_requisition WHERE agreement_id = ? ORDER BY year, id")
			.param(agreementId)
			.query(Requisitions::map)
			.list();
	}

	/** What submitted requisitions of the year other than {@code exceptId} request. */
	BigDecimal requestedByOthers(long agreementId, int year, long exceptId) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(amount), 0) FROM grants_requisition
				WHERE agreement_id = ? AND year = ? AND status <> 'UTKAST' AND id <> ?""")
			.params(agreementId, year, exceptId)
			.query(BigDecimal.class)
			.single();
	}

	Optional<byte[]> pdf(long id) {
		return jdbc.sql("SELECT pdf FROM grants_requisition WHERE id = ? AND pdf IS NOT NULL").param(id).query(byte[].class).optional();
	}

	private static Requisition map(ResultSet rs, int row) throws SQLException {
		return new Requisition(rs.getLong("id"), rs.getLong("agreement_id"), rs.getInt("year"),
				RequisitionStatus.valueOf(rs.getString("status")), contact(rs), rs.getString("agreement_file_number"),
				rs.getString("payment_decision_file_number"), rs.getString("agreement_name"), rs.getBigDecimal("amount"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				PaymentAccountType.valueOf(rs.getString("payment_account_type")), rs.getString("payment_account"),
				rs.getString("payment_reference"), rs.getString("created_by"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
				instant(rs, "received_at"), rs.getString("received_by"), rs.getBigDecimal("paid_amount"),
				rs.getObject("paid_on", LocalDate.class), rs.getString("paid_by"), rs.getInt("version"));
	}

	static ContactDetails contact(ResultSet rs) throws SQLException {
		return new ContactDetails(rs.getString("recipient"), rs.getString("organisation_number"), rs.getString("contact_person"),
				rs.getString("postal_address"), rs.getString("phone"), rs.getString("fax"), rs.getString("email"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
