package se.rattighetsnavet.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.rattighetsnavet.indicators.ClusterEntry;
import se.rattighetsnavet.indicators.KpiValue;
import se.rattighetsnavet.indicators.PopulationBand;
import se.rattighetsnavet.indicators.Profile;
import se.rattighetsnavet.indicators.ProfileRow;
import se.rattighetsnavet.indicators.Trend;
import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.NotFoundException;

/**
 * Builds an organisation's indicator profile with one query for its own, Riket's and the county's values of every
 * cluster KPI; ranks and similar-sized means come from peer slices shared by all profiles of the same data version.
 */
@Service
public class ProfileService {

	private final ClusterEntries cluster;
	private final Values values;
	private final OrganisationManagement organisations;
	private final ProfileCache cache;

	ProfileService(ClusterEntries cluster, Values values, OrganisationManagement organisations, ProfileCache cache) {
		this.cluster = cluster;
		this.values = values;
		this.organisations = organisations;
		this.cache = cache;
	}

	/** @throws NotFoundException unless the code is a municipality's or a region's */
	public Profile profile(String code) {
		return cache.get(code, this::compute);
	}

	private Profile compute(String code) {
		// one call for the organisation, its county's region and its peers
		Map<String, Organisation> members = organisations.all(OrganisationType.KOMMUN, OrganisationType.REGION).stream()
			.collect(Collectors.toMap(Organisation::code, o -> o, (a, b) -> a, LinkedHashMap::new));
		Organisation organisation = members.get(code);
		if (organisation == null) {
			throw new NotFoundException("organisation", code);
		}
		boolean region = organisation.type() == OrganisationType.REGION;
		Organisation county = region || organisation.countyCode() == null ? null
				: members.get("00" + organisation.countyCode());
		List<Organisation> peers = members.values().stream().filter(o -> o.type() == organisation.type()).toList();
		PopulationBand band = PopulationBand.of(organisation.population(), region);
		List<String> bandCodes = peers.stream().filter(peer -> band != null && band.contains(peer.population()))
			.map(Organisation::code).filter(peer -> !peer.equals(code)).toList();

		List<ClusterEntry> entries = cluster.all();
		List<String> others = new ArrayList<>(List.of(ImportService.RIKET));
		if (county != null) {
			others.add(county.code());
		}
		Map<String, List<KpiValue>> byKpi = values.forProfile(entries.stream().map(e -> e.kpi().id()).toList(), code, others)
			.stream()
			.collect(Collectors.groupingBy(KpiValue::kpi));

		List<ProfileRow> rows = new ArrayList<>();
		List<ClusterEntry> withoutData = new ArrayList<>();
		for (ClusterEntry entry : entries) {
			List<KpiValue> kpiValues = byKpi.getOrDefault(entry.kpi().id(), List.of());
			List<KpiValue> own = kpiValues.stream().filter(v -> v.geo().equals(code) && v.gender().equals("T"))
				.sorted(Comparator.comparingInt(KpiValue::year)).toList();
			if (own.isEmpty()) {
				withoutData.add(entry);
				continue;
			}
			KpiValue latest = own.get(own.size() - 1);
			Optional<KpiValue> previous = own.stream().filter(v -> v.year() < latest.year() && v.value() != null)
				.reduce((a, b) -> b);
			rows.add(new ProfileRow(entry, latest.year(), latest.value(), previous.map(KpiValue::year).orElse(null),
					previous.map(KpiValue::value).orElse(null),
					Trend.between(previous.map(KpiValue::value).orElse(null), latest.value()), null, null,
					find(kpiValues, ImportService.RIKET, latest.year(), "T"),
					county == null ? null : find(kpiValues, county.code(), latest.year(), "T"), null, null,
					find(kpiValues, code, latest.year(), "K"), find(kpiValues, code, latest.year(), "M")));
		}
		return new Profile(organisation, county, band, bandCodes.size(), withPeers(rows, region, bandCodes), withoutData);
	}

	private List<ProfileRow> withPeers(List<ProfileRow> rows, boolean regions, List<String> band) {
		List<ProfileRow> valued = rows.stream().filter(ProfileRow::hasValue).toList();
		if (valued.isEmpty()) {
			return rows;
		}
		Map<PeerSlice.Key, PeerSlice> slices = cache.slices(
				valued.stream().map(row -> new PeerSlice.Key(row.entry().kpi().id(), row.year())).toList(), this::load);
		return rows.stream().map(row -> {
			if (!row.hasValue()) {
				return row;
			}
			PeerSlice.Figures f = slices.get(new PeerSlice.Key(row.entry().kpi().id(), row.year()))
				.figures(row.value(), regions, band);
			return new ProfileRow(row.entry(), row.year(), row.value(), row.previousYear(), row.previousValue(), row.trend(),
					f.rank(), f.ranked(), row.riket(), row.county(), f.bandMean(), f.bandCount(), row.women(), row.men());
		}).toList();
	}

	private Map<PeerSlice.Key, PeerSlice> load(List<PeerSlice.Key> keys) {
		Map<PeerSlice.Key, PeerSlice> loaded = new HashMap<>();
		values.slices(keys).forEach((key, byGeo) -> loaded.put(key, PeerSlice.of(byGeo)));
		return loaded;
	}

	private static Double find(List<KpiValue> values, String geo, int year, String gender) {
		return values.stream().filter(v -> v.geo().equals(geo) && v.year() == year && v.gender().equals(gender)).findFirst()
			.map(KpiValue::value).orElse(null);
	}
}
