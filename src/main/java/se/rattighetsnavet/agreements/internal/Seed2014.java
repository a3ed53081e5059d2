package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.platform.Money;

/**
 * The 2014 agreement (A2014/2289/DISK) as written in the Government's authorisation and its annex, signed in
 * Stockholm on 13 June 2014.
 */
final class Seed2014 {

	private static final String RK_A = "Regeringskansliet (Arbetsmarknadsdepartementet)";
	private static final String RK = "REGERINGSKANSLIET";
	private static final String KAMMARKOLLEGIET = "KAMMARKOLLEGIET";
	private static final String SKR = "SKR";

	static final String SAMRAD_TOPICS = "SKL:s kartläggning; handlingsplanen; insatser som planeras för det kommande året; "
			+ "vid behov Sveriges rapportering till internationella organ som övervakar staternas efterlevnad av mänskliga rättigheter";

	private Seed2014() {
	}

	static SeedAgreement agreement() {
		return new SeedAgreement("OK2014",
				"Överenskommelse mellan regeringen och Sveriges Kommuner och Landsting om att stärka arbetet med mänskliga rättigheter på kommunal nivå",
				"A2014/2289/DISK", "Arbetsmarknadsdepartementet", LocalDate.of(2014, 6, 13), LocalDate.of(2017, 12, 31),
				"Regeringen har i de nationella handlingsplanerna för mänskliga rättigheter betonat kommunernas och landstingens roll. "
						+ "Delegationen för mänskliga rättigheter i Sverige (SOU 2010:70) och utvärderingen av den andra nationella "
						+ "handlingsplanen (SOU 2011:29) rekommenderade en överenskommelse med SKL om det systematiska arbetet för "
						+ "mänskliga rättigheter på kommunal nivå. Överenskommelserna om barnets rättigheter avslutas den 30 juni 2014.",
				"Att, med utgångspunkt i de rekommendationer och synpunkter från internationella granskningsorgan som rör kommuner "
						+ "och landsting, utveckla arbetet med att stärka respekten för mänskliga rättigheter samt kunskapen om hur "
						+ "mänskliga rättigheter kan omsättas i praktiken inom den kommunala verksamheten.",
				"SAMORDNINGSGRUPP",
				"En samordningsgrupp bestående av representanter från SKL och berörda departement inom Regeringskansliet.",
				List.of(),
				List.of(new SeedAgreement.Party("Regeringen", "Erik Ullenhag", "Integrationsminister", "Stockholm",
						LocalDate.of(2014, 6, 13), ""),
						new SeedAgreement.Party("Sveriges Kommuner och Landsting", "Anders Knape", "Ordförande", "Stockholm",
								LocalDate.of(2014, 6, 13), "")),
				List.of(new SeedAgreement.Money(2014, Money.sek("4000000"), false),
						new SeedAgreement.Money(2015, Money.sek("4000000"), true),
						new SeedAgreement.Money(2016, Money.sek("4000000"), true)),
				List.of(new SeedAgreement.Attachment("Bemyndigande att ingå en överenskommelse med Sveriges Kommuner och Landsting",
						"Regeringens bemyndigande för statsrådet Ullenhag att ingå överenskommelsen, med förslaget som bilaga.")),
				deliverables());
	}

	private static List<SeedAgreement.Item> deliverables() {
		List<SeedAgreement.Item> items = new ArrayList<>();
		items.add(new SeedAgreement.Item("rekvisition", DeliverableKind.REKVISITION, "Rekvisition av bidraget 2014",
				"Bidraget betalas ut av Kammarkollegiet efter rekvisition från SKL.", "", LocalDate.of(2014, 9, 1), 2014,
				KAMMARKOLLEGIET, "Kammarkollegiet", SKR));
		items.add(new SeedAgreement.Item("kartlaggning", DeliverableKind.KARTLAGGNING, "Rapport om kartläggningen",
				"Kartläggning av behovet av stöd och insatser utifrån internationella granskningsorgans rekommendationer.",
				"Därefter diskuterar SKL och Regeringskansliet kartläggningen och dess implikationer.", LocalDate.of(2015, 2, 1),
				null, RK, RK_A, SKR));
		items.add(new SeedAgreement.Item("handlingsplan", DeliverableKind.HANDLINGSPLAN, "Handlingsplan för juni 2015 – juni 2017",
				"Handlingsplan för hur arbetet med överenskommelsen ska bedrivas, utifrån kartläggningen.",
				"Överlämnas så att samråd om handlingsplanen därefter kan genomföras.", LocalDate.of(2015, 4, 15), null, RK, RK_A,
				SKR));
		for (int year = 2015; year <= 2017; year++) {
			LocalDate may31 = LocalDate.of(year, 5, 31);
			items.add(new SeedAgreement.Item("uppfoljning-" + year, DeliverableKind.UPPFOLJNINGSRAPPORT,
					"Uppföljningsrapport inför samrådet " + year,
					"SKL följer upp arbetet utifrån handlingsplanen och lämnar en rapport för det gångna året inför det årliga samrådet.",
					"Lämnas inför samrådet, som ska hållas senast den 31 maj.", may31, year, RK, RK_A, SKR));
			items.add(new SeedAgreement.Item("ekonomi-" + year, DeliverableKind.EKONOMISK_REDOVISNING,
					"Ekonomisk redovisning inför samrådet " + year,
					"Årlig ekonomisk redovisning av bidraget, i samband med rapporten inför det årliga samrådet.",
					"Lämnas tillsammans med uppföljningsrapporten.", may31, year, RK, RK_A, SKR));
			items.add(new SeedAgreement.Item("samrad-" + year, DeliverableKind.SAMRAD, "Årligt samråd " + year,
					"SKL och Regeringskansliet samråder om arbetet med handlingsplanen, senast i maj månad.",
					"Att behandla: " + SAMRAD_TOPICS + ".", may31, year, RK, RK_A, SKR));
		}
		LocalDate end = LocalDate.of(2017, 9, 1);
		items.add(new SeedAgreement.Item("slutrapport", DeliverableKind.SLUTRAPPORT, "Slutrapport",
				"Samlad redovisning av verksamheten och medelsanvändningen, med SKL:s bedömning av uppnådda resultat.", "", end,
				null, RK, RK_A, SKR));
		items.add(new SeedAgreement.Item("slutlig-ekonomi", DeliverableKind.SLUTLIG_EKONOMISK_REDOVISNING,
				"Slutlig ekonomisk redovisning", "Slutlig ekonomisk redovisning av bidraget.", "", end, null, RK, RK_A, SKR));
		items.add(new SeedAgreement.Item("aterbetalning", DeliverableKind.ATERBETALNING, "Återbetalning av ej förbrukade medel",
				"Ej förbrukade medel betalas tillbaka till Kammarkollegiet.", "", end, null, KAMMARKOLLEGIET, "Kammarkollegiet",
				SKR));
		items.add(new SeedAgreement.Item("samordningsgrupp", DeliverableKind.OTHER, "Samordningsgruppen tillsätts",
				"En samordningsgrupp med representanter från SKL och berörda departement tillsätts för arbetet med handlingsplanen.",
				"Överenskommelsen anger inget datum.", null, null, RK, RK_A, RK));
		items.add(new SeedAgreement.Item("dokumentation", DeliverableKind.OTHER, "Dokumentation och spridning",
				"SKL dokumenterar arbetet och håller det tillgängligt, och tar fram, samlar och sprider vägledningar och material.",
				"Löpande under hela perioden; inget datum anges.", null, null, RK, RK_A, SKR));
		items.add(new SeedAgreement.Item("rk-rapport", DeliverableKind.OTHER, "Regeringskansliets rapport om arbetet",
				"Även Regeringskansliet (Arbetsmarknadsdepartementet) ska upprätta en rapport om arbetet med överenskommelsen.",
				"Överenskommelsen anger inget datum.", null, null, RK, RK_A, RK));
		return items;
	}
}
