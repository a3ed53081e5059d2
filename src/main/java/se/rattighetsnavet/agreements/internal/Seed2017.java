package se.rattighetsnavet.agreements.internal;

import java.time.LocalDate;
import java.util.List;

import se.rattighetsnavet.agreements.DeliverableKind;
import se.rattighetsnavet.platform.Money;

/**
 * The 2017 agreement as written, with its annex 1 on requisitions and financial reports. The documents give neither the
 * Government's file number nor the day in June 2017 it was signed, so both are left empty for the programme office to fill in.
 */
final class Seed2017 {

	private static final String RK_KU = "Regeringskansliet (Kulturdepartementet)";
	private static final String RK = "REGERINGSKANSLIET";
	private static final String KAMMARKOLLEGIET = "KAMMARKOLLEGIET";
	private static final String SKR = "SKR";
	private static final String SIGNED_ORIGINAL = "Undertecknad i original av en behörig företrädare för SKL. "
			+ "Regeringskansliets diarienummer för överenskommelsen och för regeringsbeslutet om utbetalning ska framgå.";

	private Seed2017() {
	}

	static SeedAgreement agreement() {
		return new SeedAgreement("OK2017",
				"Överenskommelse mellan regeringen och Sveriges Kommuner och Landsting om att stärka arbetet med mänskliga rättigheter",
				"", "Kulturdepartementet", LocalDate.of(2017, 6, 1), LocalDate.of(2018, 12, 31),
				"Regeringen beslutade den 13 oktober 2016 om en strategi för det nationella arbetet med mänskliga rättigheter "
						+ "(skr. 2016/17:29). En stor del av Sveriges konventionsefterlevnad är avhängig verksamheten i kommuner och "
						+ "landsting. Regeringen och SKL delar uppfattningen att satsningen 2014–2017 behöver få en fortsättning.",
				"Att bidra till förverkligandet av regeringens mål för politiken för mänskliga rättigheter och att bidra till "
						+ "Sveriges genomförande av Agenda 2030.",
				"STYRGRUPP", "En styrgrupp bestående av representanter för SKL och Regeringskansliet leder arbetet och fastställer projektplanen.",
				List.of("Ökade kunskaper hos förtroendevalda och anställda i kommuner och landsting om hur mänskliga rättigheter omsätts i praktiken i kommunala verksamheter.",
						"Ökad integrering av mänskliga rättigheter i ordinarie processer för styrning och ledning i kommuner och landsting.",
						"Fler kommuner och landsting använder plattformen med kriterier för mänskliga rättigheter i kommuner och landsting."),
				List.of(new SeedAgreement.Party("Regeringen genom Kulturdepartementet", "Alice Bah Kuhnke", "Kultur- och demokratiminister",
						"Stockholm", null, "juni 2017 (dagen är inte ifylld i dokumentet)"),
						new SeedAgreement.Party("Sveriges Kommuner och Landsting", "Lena Micko", "Ordförande", "Stockholm", null,
								"juni 2017 (dagen är inte ifylld i dokumentet)")),
				List.of(new SeedAgreement.Money(2017, Money.sek("3000000"), false)),
				List.of(new SeedAgreement.Attachment("Bilaga 1 Ekonomisk redovisning",
						"Information som ska ingå i rekvisition och ekonomisk redovisning av icke-prestationsbaserade medel: "
								+ "kontaktuppgifter, bidrag som ansökan avser, uppgifter för utbetalning respektive redovisning av "
								+ "verksamhet, ekonomichefens granskning och underskrift i original av behörig företrädare.")),
				List.of(new SeedAgreement.Item("projektplan", DeliverableKind.PROJEKTPLAN, "Förslag på konkret projektplan",
						"SKL återrapporterar sitt förslag på konkret projektplan och hur överenskomna medel avses fördelas under året.",
						"Projektplanen ska fastställas av styrgruppen och bör inkludera en plan för uppföljning av insatser.",
						LocalDate.of(2017, 10, 1), 2017, RK, RK_KU, SKR),
						new SeedAgreement.Item("projektplan-faststalld", DeliverableKind.OTHER, "Styrgruppen fastställer projektplanen",
								"Projektplanen med specifika projektmål fastställs av styrgruppen.",
								"Överenskommelsen anger inget datum; registreras som ett beslut vid ett styrgruppsmöte.", null, 2017, RK,
								"Styrgruppen", RK),
						new SeedAgreement.Item("rekvisition", DeliverableKind.REKVISITION, "Rekvisition av bidraget 2017",
								"Medlen utbetalas engångsvis i förskott efter rekvisition ställd till Kammarkollegiet.",
								SIGNED_ORIGINAL + " Innehåll enligt bilaga 1.", LocalDate.of(2017, 11, 1), 2017, KAMMARKOLLEGIET,
								"Kammarkollegiet", SKR),
						new SeedAgreement.Item("ekonomisk-redovisning", DeliverableKind.EKONOMISK_REDOVISNING,
								"Ekonomisk redovisning av bidraget 2017",
								"En ekonomisk redovisning som visar hur medlen har använts (bilaga 1). Om redovisningen inte inkommer i tid kan regeringen återkräva medlen.",
								"Ekonomichefen (eller motsvarande) på SKL granskar och intygar uppgifterna under punkt 3. " + SIGNED_ORIGINAL
										+ " Information om eventuella avvikelser och åtgärdsförslag ska finnas med.",
								LocalDate.of(2018, 9, 1), 2017, KAMMARKOLLEGIET, "Kammarkollegiet", SKR),
						new SeedAgreement.Item("verksamhetsredovisning", DeliverableKind.VERKSAMHETSREDOVISNING,
								"Redovisning av arbetet 2017",
								"En redovisning av arbetet som genomförts inom överenskommelsen, där SKL bedömer arbetets resultat och medlemmarnas förutsättningar för vidare arbete. Resultaten följs upp utifrån de mål som styrgruppen fastställt.",
								SIGNED_ORIGINAL, LocalDate.of(2018, 9, 1), 2017, RK, RK_KU, SKR),
						new SeedAgreement.Item("godkannande", DeliverableKind.OTHER, "Godkännande av överenskommelsen",
								"Överenskommelsen blir giltig under förutsättning att den godkänns av regeringen och SKL:s styrelse.",
								"Överenskommelsen anger inget datum.", null, 2017, RK, RK_KU, SKR)));
	}
}
