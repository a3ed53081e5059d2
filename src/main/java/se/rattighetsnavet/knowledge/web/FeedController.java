package se.rattighetsnavet.knowledge.web;

import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import se.rattighetsnavet.knowledge.KnowledgeItem;
import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.platform.mail.Mailer;

/**
 * The RSS 2.0 feed of what the knowledge hub has published.
 */
@Controller
class FeedController {

	private final KnowledgeManagement knowledge;
	private final Mailer mailer;

	FeedController(KnowledgeManagement knowledge, Mailer mailer) {
		this.knowledge = knowledge;
		this.mailer = mailer;
	}

	@GetMapping("/kunskapsbank/flode.xml")
	ResponseEntity<String> feed() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		element(xml, "title", "Rättighetsnavet – Kunskapsbank");
		element(xml, "link", mailer.link("/kunskapsbank"));
		element(xml, "description", "Publikationer, vägledningar, goda exempel och nyheter om mänskliga rättigheter i kommuner och regioner.");
		element(xml, "language", "sv");
		for (KnowledgeItem item : knowledge.published(null, 50)) {
			xml.writeStartElement("item");
			element(xml, "title", item.title());
			element(xml, "link", mailer.link("/kunskapsbank/" + item.slug()));
			element(xml, "guid", mailer.link("/kunskapsbank/" + item.slug()));
			element(xml, "description", item.summary());
			element(xml, "category", item.kind().name());
			if (item.publishedOn() != null) {
				element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
					.format(item.publishedOn().atStartOfDay(ZoneId.of("Europe/Stockholm"))));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8")).body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}
}
