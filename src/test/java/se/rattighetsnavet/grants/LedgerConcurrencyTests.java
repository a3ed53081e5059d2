package se.rattighetsnavet.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;
import se.rattighetsnavet.agreements.Agreement;
import se.rattighetsnavet.agreements.AgreementManagement;

/**
 * Eight clients at once against one agreement year (OK2014, 2016: 4 000 000 kr): requisitions, payments and repayments.
 * The ledger-year lock must keep every invariant, and the database must refuse a write that would break one.
 */
@IntegrationTest
class LedgerConcurrencyTests {

	private static final int THREADS = 8;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void invariantsHoldUnderConcurrentRequisitionsPaymentsAndRepayments() throws Exception {
		GrantsApi api = new GrantsApi(port, jdbc, encoder);
		Agreement ok2014 = agreements.findByCode("OK2014").orElseThrow();
		String base = "/api/v1/grants/requisitions";

		// eight drafts of 700 000 kr: only five fit in the 4 000 000 kr of 2016
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			drafts.add(api.programmeOffice.post(base,
					GrantsApi.requisition(ok2014.id(), ok2014.fileNumber(), "700000", "2016-01-01", "2016-12-31")).json().get("id").asLong());
		}
		List<Integer> submits = all(i -> () -> api.programmeOffice.post(base + "/" + drafts.get(i) + "/submit", "").status());
		assertThat(submits).filteredOn(status -> status == 200).hasSize(5);
		assertThat(submits).filteredOn(status -> status == 422).hasSize(3);
		GrantsApi.assertLedgerHolds(api.anonymous, ok2014.id());

		List<Long> submitted = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			if (submits.get(i) == 200) {
				submitted.add(drafts.get(i));
			}
		}
		submitted.forEach(id -> assertThat(api.payingAgency.post(base + "/" + id + "/receipt", "").status()).isEqualTo(200));

		// eight payments at once, two for each of four requisitions: one of each pair wins
		List<Integer> payments = all(i -> () -> api.payingAgency.post(base + "/" + submitted.get(i % 4) + "/payments",
				GrantsApi.money("700000", "2016-03-01")).status());
		assertThat(payments).filteredOn(status -> status == 200).hasSize(4);
		assertThat(payments).filteredOn(status -> status == 409).hasSize(4);
		GrantsApi.assertLedgerHolds(api.anonymous, ok2014.id());
		BigDecimal paidInDatabase = jdbc.sql("SELECT COALESCE(SUM(paid_amount), 0) FROM grants_requisition WHERE agreement_id = ? AND year = 2016")
			.param(ok2014.id()).query(BigDecimal.class).single();
		assertThat(paidInDatabase).isEqualByComparingTo("2800000");

		// a final report for 2016 leaves 400 000 kr unspent; eight repayments of 100 000 kr race for it
		String reports = "/api/v1/grants/financial-reports";
		long reportId = api.programmeOffice.post(reports, GrantsApi.report(ok2014.id(), "FINAL", 2016, ok2014.fileNumber(), "2800000",
				"2016-01-01", "2016-12-31", "CORRECT", "Utbildning", "2 400 000")).json().get("id").asLong();
		assertThat(api.programmeOffice.post(reports + "/" + reportId + "/submit", "").status()).isEqualTo(200);
		assertThat(api.ministry.post(reports + "/" + reportId + "/approve", "").status()).isEqualTo(200);
		long obligationId = jdbc.sql("SELECT id FROM grants_repayment_obligation WHERE report_id = ?").param(reportId).query(Long.class).single();
		List<Integer> repayments = all(i -> () -> api.payingAgency.post("/api/v1/grants/repayment-obligations/" + obligationId + "/repayments",
				GrantsApi.money("100000", "2017-08-01")).status());
		assertThat(repayments).filteredOn(status -> status == 200).hasSize(4);
		assertThat(repayments).filteredOn(status -> status == 400).hasSize(4);
		GrantsApi.assertLedgerHolds(api.anonymous, ok2014.id());

		// and the database itself refuses what the application would never write
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc
			.sql("UPDATE grants_requisition SET amount = 4000000 WHERE id = ?").param(submitted.get(0)).update()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc
			.sql("INSERT INTO grants_repayment (obligation_id, amount, paid_on, registered_by) VALUES (?, 1, DATE '2017-08-01', 'x')")
			.param(obligationId).update()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc
			.sql("UPDATE grants_financial_report SET total_costs = 1, unspent = grant_received - 1 WHERE id = ?").param(reportId).update()))
			.isInstanceOf(DataAccessException.class);
		GrantsApi.assertLedgerHolds(api.anonymous, ok2014.id());
	}

	private static List<Integer> all(IntFunction<Callable<Integer>> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				Callable<Integer> call = task.apply(i);
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}
}
