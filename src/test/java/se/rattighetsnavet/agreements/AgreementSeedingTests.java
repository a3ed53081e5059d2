package se.rattighetsnavet.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.rattighetsnavet.IntegrationTest;

@IntegrationTest
class AgreementSeedingTests {

	static final String APPROPRIATION = "Utgiftsområde 1 Rikets styrelse, anslag 6:1 Allmänna val och demokrati, anslagspost 14";

	@Autowired
	AgreementManagement agreements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void the2014AgreementHasExactlyTheDocumentsDeadlines() {
		Agreement agreement = agreements.findByCode("OK2014").orElseThrow();
		assertThat(agreement.fileNumber()).isEqualTo("A2014/2289/DISK");
		assertThat(agreement.department()).isEqualTo("Arbetsmarknadsdepartementet");
		assertThat(agreement.funding()).containsExactly(
				new Funding(2014, new BigDecimal("4000000.00"), false, APPROPRIATION),
				new Funding(2015, new BigDecimal("4000000.00"), true, APPROPRIATION),
				new Funding(2016, new BigDecimal("4000000.00"), true, APPROPRIATION));
		List<Deliverable> seeded = seededOf(agreement);
		assertThat(seeded.stream().filter(d -> d.dueDate() != null))
			.extracting(Deliverable::kind, Deliverable::dueDate, Deliverable::recipientCode)
			.containsExactly(
					tuple(DeliverableKind.REKVISITION, date(2014, 9, 1), "KAMMARKOLLEGIET"),
					tuple(DeliverableKind.KARTLAGGNING, date(2015, 2, 1), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.HANDLINGSPLAN, date(2015, 4, 15), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.UPPFOLJNINGSRAPPORT, date(2015, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.EKONOMISK_REDOVISNING, date(2015, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.SAMRAD, date(2015, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.UPPFOLJNINGSRAPPORT, date(2016, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.EKONOMISK_REDOVISNING, date(2016, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.SAMRAD, date(2016, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.UPPFOLJNINGSRAPPORT, date(2017, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.EKONOMISK_REDOVISNING, date(2017, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.SAMRAD, date(2017, 5, 31), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.SLUTRAPPORT, date(2017, 9, 1), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.SLUTLIG_EKONOMISK_REDOVISNING, date(2017, 9, 1), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.ATERBETALNING, date(2017, 9, 1), "KAMMARKOLLEGIET"));
		assertThat(seeded.stream().filter(d -> d.kind() == DeliverableKind.SAMRAD)).extracting(Deliverable::year)
			.containsExactly(2015, 2016, 2017);
		assertThat(seeded.stream().filter(d -> d.dueDate() == null)).extracting(Deliverable::title)
			.containsExactlyInAnyOrder("Samordningsgruppen tillsätts", "Dokumentation och spridning",
					"Regeringskansliets rapport om arbetet");
		assertThat(jdbc.sql("SELECT signatory || ' ' || signed_on FROM agreements_party WHERE agreement_id = ? ORDER BY position")
			.param(agreement.id()).query(String.class).list()).containsExactly("Erik Ullenhag 2014-06-13", "Anders Knape 2014-06-13");
	}

	@Test
	void the2017AgreementHasExactlyTheDocumentsDeadlinesAndObligations() {
		Agreement agreement = agreements.findByCode("OK2017").orElseThrow();
		assertThat(agreement.department()).isEqualTo("Kulturdepartementet");
		assertThat(agreement.funding()).containsExactly(new Funding(2017, new BigDecimal("3000000.00"), false, APPROPRIATION));
		List<Deliverable> seeded = seededOf(agreement);
		assertThat(seeded.stream().filter(d -> d.dueDate() != null))
			.extracting(Deliverable::kind, Deliverable::dueDate, Deliverable::recipientCode)
			.containsExactly(
					tuple(DeliverableKind.PROJEKTPLAN, date(2017, 10, 1), "REGERINGSKANSLIET"),
					tuple(DeliverableKind.REKVISITION, date(2017, 11, 1), "KAMMARKOLLEGIET"),
					tuple(DeliverableKind.EKONOMISK_REDOVISNING, date(2018, 9, 1), "KAMMARKOLLEGIET"),
					tuple(DeliverableKind.VERKSAMHETSREDOVISNING, date(2018, 9, 1), "REGERINGSKANSLIET"));
		assertThat(seeded.stream().filter(d -> d.dueDate() == null)).extracting(Deliverable::title)
			.containsExactlyInAnyOrder("Styrgruppen fastställer projektplanen", "Godkännande av överenskommelsen");
		assertThat(jdbc.sql("SELECT requirements FROM agreements_deliverable WHERE seed_key = 'OK2017:ekonomisk-redovisning'")
			.query(String.class).single()).contains("Ekonomichefen").contains("original");
		assertThat(jdbc.sql("SELECT signatory FROM agreements_party WHERE agreement_id = ? AND signed_on IS NULL ORDER BY position")
			.param(agreement.id()).query(String.class).list()).containsExactly("Alice Bah Kuhnke", "Lena Micko");
		assertThat(jdbc.sql("SELECT count(*) FROM agreements_subgoal WHERE agreement_id = ?").param(agreement.id())
			.query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void seedingAgainChangesNothing() throws Exception {
		String before = snapshot();
		for (ApplicationRunner runner : runners) {
			if (runner.getClass().getName().contains("AgreementSeeder")) {
				runner.run(null);
			}
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private String snapshot() {
		return jdbc.sql("""
				SELECT string_agg(concat_ws('|', a.code, a.version, d.seed_key, d.due_date, d.title, d.status, d.version), ';' ORDER BY d.seed_key)
				FROM agreements_deliverable d JOIN agreements_agreement a ON a.id = d.agreement_id WHERE d.seed_key IS NOT NULL""")
			.query(String.class).single()
				+ jdbc.sql("SELECT count(*) FROM agreements_funding").query(String.class).single()
				+ jdbc.sql("SELECT count(*) FROM agreements_party").query(String.class).single()
				+ jdbc.sql("SELECT count(*) FROM agreements_agreement").query(String.class).single();
	}

	private List<Deliverable> seededOf(Agreement agreement) {
		List<Long> seededIds = jdbc.sql("SELECT id FROM agreements_deliverable WHERE agreement_id = ? AND seed_key IS NOT NULL")
			.param(agreement.id()).query(Long.class).list();
		return agreements.deliverables(agreement.id()).stream().filter(d -> seededIds.contains(d.id())).toList();
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}
}
