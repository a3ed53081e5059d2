package se.rattighetsnavet.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.rattighetsnavet.ApiClient;
import se.rattighetsnavet.IntegrationTest;

@IntegrationTest
class CalendarFeedTests {

	@LocalServerPort
	int port;

	@Autowired
	AgreementManagement agreements;

	@Test
	void theFeedIsValidICalendarWithOneAllDayEventPerDeliverable() throws Exception {
		long ok2014 = agreements.findByCode("OK2014").orElseThrow().id();
		ApiClient.Response response = new ApiClient(port).get("/api/v1/calendar.ics?agreement=" + ok2014);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/calendar");
		String text = response.text();
		assertThat(text).contains("\r\n").doesNotContain("\r\n\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n");

		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		calendar.validate();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		List<Deliverable> dated = agreements.deliverables(ok2014).stream().filter(d -> d.dueDate() != null).toList();
		assertThat(events).hasSize(dated.size());
		Deliverable kartlaggning = dated.stream().filter(d -> d.kind() == DeliverableKind.KARTLAGGNING).findFirst().orElseThrow();
		VEvent event = events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("deliverable-" + kartlaggning.id() + "@rattighetsnavet.se"))
			.findFirst().orElseThrow();
		DtStart<?> start = event.getDateTimeStart();
		assertThat(start.getDate()).isEqualTo(LocalDate.of(2015, 2, 1));
		assertThat(start.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
		assertThat(event.getSummary().getValue()).contains("Rapport om kartläggningen");
		assertThat(text).contains("DTSTART;VALUE=DATE:20150201\r\n").contains("DTEND;VALUE=DATE:20150202\r\n");

		String all = new ApiClient(port).get("/api/v1/calendar.ics").text();
		assertThat(new CalendarBuilder().build(new StringReader(all)).getComponents(Component.VEVENT).size()).isGreaterThan(events.size());
		assertThat(new ApiClient(port).get("/api/v1/calendar.ics?agreement=999999").status()).isEqualTo(404);
	}
}
