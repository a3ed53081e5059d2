package se.rattighetsnavet.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReaderTests {

	@Test
	void csvValuesByGenderWithNullsAndBrokenCells() throws IOException {
		RecordingSink sink = new RecordingSink();
		new CsvImportReader().read(new StringReader("geo,year,gender,n05401\n0180,2018,K,85.0\n0180,2018,M,\n0180,20x8,M,1\n"
				+ "0180,2019,M,abc\n0180,2020\n"), sink);
		assertThat(sink.values).containsExactly(new ValueRow("N05401", "0180", 2018, "K", 85.0, null, null),
				new ValueRow("N05401", "0180", 2018, "M", null, null, null));
		assertThat(sink.rejections).containsExactly("4: Året är inget heltal: 20x8", "5: Värdet är inget tal: abc",
				"6: Fel antal kolumner: 2 i stället för 4");
	}

	@Test
	void csvMetadataGroupsAndMemberships() throws IOException {
		RecordingSink sink = new RecordingSink();
		new CsvImportReader().read(new StringReader("concept,name,auspices,description,definition,municipality_type,"
				+ "is_divided_by_gender,operating_area,ou_publication_date,perspective,publication_date,has_ou_data,"
				+ "prel_publication_date\nN1,Namn,X,,,K,1,Demokrati,,Resultat,2024-10-15,False,\n"), sink);
		assertThat(sink.kpis).singleElement().satisfies(kpi -> {
			assertThat(kpi.dividedByGender()).isTrue();
			assertThat(kpi.publicationDate()).isEqualTo(LocalDate.of(2024, 10, 15));
			assertThat(kpi.description()).isNull();
		});
		new CsvImportReader().read(new StringReader("tag,name,parent\ng1,Grupp,\n"), sink);
		new CsvImportReader().read(new StringReader("kpi_id,kpi_group_tag,kpi_group_title,parent_tag\nN1,g1,Grupp,\n"), sink);
		assertThat(sink.groups).containsExactly("g1|Grupp|null");
		assertThat(sink.members).containsExactly("g1|N1");
	}

	@Test
	void koladaV2UsesAuspicesZeroOneAndNextPage() {
		RecordingSink sink = new RecordingSink();
		String next = new KoladaJsonReader(true).read(json("""
				{"count": 2, "values": [
				  {"id": "N1", "title": "T", "auspices": "E", "is_divided_by_gender": 1, "municipality_type": "K", "x": [1]},
				  {"kpi": "N1", "municipality": "0180", "period": "2020", "values": [{"gender": "T", "status": "", "value": 1.5}]},
				  {"id": "0180", "title": "Stockholm", "type": "K"},
				  {"whatever": true}
				], "next_page": "http://k/v2?page=2", "previous_page": null}"""), sink, "");
		assertThat(next).isEqualTo("http://k/v2?page=2");
		assertThat(sink.kpis.get(0).auspice()).isEqualTo("E");
		assertThat(sink.kpis.get(0).dividedByGender()).isTrue();
		assertThat(sink.values).containsExactly(new ValueRow("N1", "0180", 2020, "T", 1.5, null, ""));
		assertThat(sink.organisations).containsExactly("0180");
		assertThat(sink.rejections).singleElement().asString().startsWith("5: Okänt objekt");
	}

	@Test
	void koladaV3RejectsNonNumericValuesPerValue() {
		RecordingSink sink = new RecordingSink();
		new KoladaJsonReader(false).read(json("""
				{"values": [{"kpi": "N1", "municipality": "0180", "period": 2020, "values": [
				  {"gender": "k", "count": 2, "status": null, "value": "x"}, {"gender": "M", "count": 1, "value": 2}]}],
				 "next_url": null}"""), sink, "");
		assertThat(sink.values).containsExactly(new ValueRow("N1", "0180", 2020, "M", 2.0, 1, null));
		assertThat(sink.rejections).containsExactly("1: Värdet är inget tal: x");
	}

	private static ByteArrayInputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
