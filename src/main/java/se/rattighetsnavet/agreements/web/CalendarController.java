package se.rattighetsnavet.agreements.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.agreements.internal.CalendarFeed;

@RestController
class CalendarController {

	private final CalendarFeed feed;

	CalendarController(CalendarFeed feed) {
		this.feed = feed;
	}

	@GetMapping(path = "/api/v1/calendar.ics", produces = "text/calendar")
	ResponseEntity<byte[]> calendar(@RequestParam(name = "agreement", required = false) Long agreement) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header("Content-Disposition", "inline; filename=\"rattighetsnavet-tidsfrister.ics\"")
			.body(feed.ics(agreement).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
