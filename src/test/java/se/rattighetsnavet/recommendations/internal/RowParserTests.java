package se.rattighetsnavet.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RowParserTests {

	private static CSVRecord record(String csv) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).iterator().next();
	}

	private static final String UPR = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";

	@Test
	void uprKeyIgnoresCaseAndSpacingButNotTheRecommendingState() throws Exception {
		UprInfoRows parser = new UprInfoRows();
		ParsedRow a = parser.parse(record(UPR + "Sweden,WEOG,EU,\"Protect  the Sami.\",Norway,WEOG,,Accepted,4,\"Minorities,Indigenous peoples\",2"));
		ParsedRow b = parser.parse(record(UPR + "Sweden,WEOG,EU,\"protect the sami. \",Norway,WEOG,,Noted,4,Minorities,2"));
		ParsedRow c = parser.parse(record(UPR + "Sweden,WEOG,EU,\"Protect the Sami.\",Finland,WEOG,,Accepted,4,Minorities,2"));
		assertThat(a.naturalKey()).isEqualTo(b.naturalKey()).isNotEqualTo(c.naturalKey());
		assertThat(a.themes()).containsExactly("Minorities", "Indigenous peoples");
		assertThat(a.cycle()).isEqualTo("1");
		assertThat(a.body()).isEqualTo("UPR");
	}

	@Test
	void uprRowsNeedTextSessionAndAValidAction() {
		UprInfoRows parser = new UprInfoRows();
		assertThatThrownBy(() -> parser.parse(record(UPR + "Sweden,WEOG,EU,,Norway,WEOG,,Accepted,4,x,2")))
			.isInstanceOf(RowRejected.class).extracting("key").isEqualTo("recommendations.import.error.required");
		assertThatThrownBy(() -> parser.parse(record(UPR + "Sweden,WEOG,EU,t,Norway,WEOG,,Accepted,4,x,two")))
			.extracting("key").isEqualTo("recommendations.import.error.session");
		assertThatThrownBy(() -> parser.parse(record(UPR + "Sweden,WEOG,EU,t,Norway,WEOG,,Accepted,9,x,2")))
			.extracting("key").isEqualTo("recommendations.import.error.action");
	}

	@Test
	void uhriSplitsMultiValuesAndChecksTargets() throws Exception {
		String header = "AnnotationId,AnnotationType,Body,Countries,Regions,Symbol,Text,Themes,AffectedPersons,Sdgs,PublicationDate,"
				+ "UprCycle,UprSession,UprPositions,UprRecommendingCountry\n";
		UhriRows parser = new UhriRows(SdgReference.load());
		ParsedRow row = parser.parse(record(header + "a1,Recommendation,CEDAW,Sweden,WEOG,CEDAW/C/SWE/CO/8-9,Text,A|B,Women;Girls,5.1|16.10;5.2,"
				+ "2016-03-10,,,,"));
		assertThat(row.sdgTargets()).containsExactly("5.1", "16.10", "5.2");
		assertThat(row.sdgGoals()).containsExactly(5, 16);
		assertThat(row.groups()).containsExactly("Women", "Girls");
		assertThat(row.documentDate()).hasToString("2016-03-10");
		assertThatThrownBy(() -> parser.parse(record(header + "a2,R,CRC,Sweden,,,Text,,,18.1,,,,,")))
			.extracting("key").isEqualTo("recommendations.import.error.sdg");
	}

	@Test
	void utf8WithOrWithoutBomIsReadAndOtherEncodingsFail() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xA5 };
		try (Reader reader = StrictUtf8.open(new ByteArrayInputStream(bom))) {
			assertThat(new java.io.BufferedReader(reader).readLine()).isEqualTo("aå");
		}
		byte[] latin1 = "å".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> {
			try (Reader reader = StrictUtf8.open(new ByteArrayInputStream(latin1))) {
				reader.read(new char[16]);
			}
		}).isInstanceOf(java.nio.charset.CharacterCodingException.class);
		assertThatThrownBy(() -> StrictUtf8.open(new ByteArrayInputStream(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 })))
			.isInstanceOf(StrictUtf8.NotUtf8Exception.class);
	}

	@Test
	void arrayLiteralsEscapeQuotesAndBackslashes() {
		assertThat(PgArrays.text(java.util.List.of("Women's rights", "a\"b", "c\\d"))).isEqualTo("{\"Women's rights\",\"a\\\"b\",\"c\\\\d\"}");
		assertThat(PgArrays.numbers(java.util.List.of(4, 16))).isEqualTo("{4,16}");
	}
}
