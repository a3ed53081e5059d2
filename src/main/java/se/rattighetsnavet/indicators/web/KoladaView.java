package se.rattighetsnavet.indicators.web;

import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.indicators.Kpi;
import se.rattighetsnavet.indicators.KpiValue;

/** Kolada v3's JSON shapes; component names are Kolada's keys. */
final class KoladaView {

	record Envelope<T>(List<T> values, int count, String next_url, String previous_url) {
	}

	record KpiObject(String id, String title, String description, String municipality_type, boolean is_divided_by_gender,
			String operating_area, String perspective, LocalDate publication_date, LocalDate prel_publication_date,
			boolean has_ou_data, String auspice, String publ_period) {

		static KpiObject of(Kpi kpi) {
			return new KpiObject(kpi.id(), kpi.title(), kpi.description(), kpi.municipalityType(), kpi.dividedByGender(),
					kpi.operatingArea(), kpi.perspective(), kpi.publicationDate(), kpi.prelPublicationDate(), kpi.hasOuData(),
					kpi.auspice(), kpi.publPeriod());
		}
	}

	record Member(String member_id, String member_title) {
	}

	record GroupObject(String id, String title, List<Member> members) {
	}

	record MunicipalityObject(String id, String title, String type) {
	}

	record GenderValue(String gender, Integer count, String status, Double value) {
	}

	record DataObject(String kpi, String municipality, int period, List<GenderValue> values) {

		static DataObject of(List<KpiValue> rows) {
			KpiValue first = rows.get(0);
			return new DataObject(first.kpi(), first.geo(), first.year(),
					rows.stream().map(row -> new GenderValue(row.gender(), row.count(), row.status(), row.value())).toList());
		}
	}

	private KoladaView() {
	}
}
