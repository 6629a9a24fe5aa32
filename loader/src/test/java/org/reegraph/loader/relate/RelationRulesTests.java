package org.reegraph.loader.relate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.ReegraphLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relation rule with sentences that must and must not produce a fact. Sentences are new (not from the
 * bundled corpus) so the rules are tested as general machinery.
 */
class RelationRulesTests {

	static ReegraphLoader loader;

	@BeforeAll
	static void create() {
		loader = ReegraphLoader.create();
	}

	/** The text facts (catalog facts excluded) of one sentence in an article dated 2025-08-06. */
	static List<ExtractedFact> facts(String sentence) {
		DocumentExtraction doc = loader.extractText("rule-test.txt", "Title: Rule test\nDate: 2025-08-06\n\n" + sentence);
		assertThat(doc.rejection()).isNull();
		return doc.facts().stream().filter(f -> !f.evidence().rule().startsWith("catalog.")).toList();
	}

	static List<String> triples(String sentence) {
		return facts(sentence).stream().map(f -> f.from().id() + " " + f.relationship() + " " + f.to().id()).toList();
	}

	static ExtractedFact one(String sentence, String type) {
		List<ExtractedFact> found = facts(sentence).stream().filter(f -> f.relationship().name().equals(type)).toList();
		assertThat(found).as(sentence).hasSize(1);
		return found.get(0);
	}

	/** The {@code kind} of an entity a sentence yields. */
	static Object kindOf(String sentence, String id) {
		return loader.extractText("rule-test.txt", "Title: Rule test\nDate: 2025-08-06\n\n" + sentence).entities().stream()
			.filter(e -> e.id().equals(id)).findFirst().orElseThrow().properties().get("kind");
	}

	@Nested
	class MeasuresAsPolicies {

		@Test
		void aBanOnExportsIsAPolicyWithIssuerDestinationAndEveryMetalOfItsList() {
			List<String> t = triples("Last winter Beijing announced a ban on exports of three metals – gallium, "
					+ "germanium and antimony – to the United States.");
			assertThat(t).contains("policy:cn-export-ban-ga ISSUED_BY country:CN",
					"policy:cn-export-ban-ga TARGETS country:US", "policy:cn-export-ban-ga COVERS element:Ga",
					"policy:cn-export-ban-ga COVERS element:Ge", "policy:cn-export-ban-ga COVERS element:Sb");
			ExtractedFact issued = one("Last winter Beijing announced a ban on exports of gallium to Japan.", "ISSUED_BY");
			assertThat(issued.from().name()).isEqualTo("China export ban on gallium");
			assertThat(kindOf("Last winter Beijing announced a ban on exports of gallium to Japan.", issued.from().id()))
				.isEqualTo("EXPORT_BAN");
		}

		@Test
		void aMeasureOnAGroupCoversTheGroupAndEachMemberItLists() {
			String s = "The Ministry of Commerce and the General Administration of Customs announced export controls on "
					+ "five heavy rare earths, including terbium, dysprosium, lutetium, scandium and yttrium.";
			List<String> t = triples(s);
			String policy = "policy:cn-export-controls-heavy-rare-earths";
			assertThat(t).contains(policy + " COVERS element:heavy-rare-earths", policy + " COVERS element:Tb",
					policy + " COVERS element:Dy", policy + " COVERS element:Lu", policy + " COVERS element:Sc",
					policy + " COVERS element:Y");
			assertThat(t).as("both bodies that announce it issue it, and their state")
				.contains(policy + " ISSUED_BY organization:mofcom", policy + " ISSUED_BY organization:china-customs",
						policy + " ISSUED_BY country:CN");
			assertThat(triples("Export controls on critical minerals, gallium among them, hurt Japan."))
				.noneMatch(x -> x.contains("COVERS element:Ga")).as("only a list right after the group is its members");
		}

		@Test
		void aChineseMeasureCoversEachElementBetweenDuiAndTheMeasure() {
			String s = "商务部、海关总署决定对钐、钆、铽、镝等中重稀土相关物项实施出口管制。";
			List<String> t = triples(s);
			String policy = t.stream().filter(x -> x.contains(" ISSUED_BY ")).findFirst().orElseThrow().split(" ")[0];
			assertThat(t).contains(policy + " COVERS element:Sm", policy + " COVERS element:Gd", policy + " COVERS element:Tb",
					policy + " COVERS element:Dy", policy + " ISSUED_BY organization:mofcom",
					policy + " ISSUED_BY organization:china-customs", policy + " ISSUED_BY country:CN");
		}

		@Test
		void aTariffOnAMaterialIsAMeasureBesideTheSanctionATariffOnGoodsIsNot() {
			String s = "The United States imposed a 25% tariff on Chinese permanent magnets.";
			assertThat(triples(s)).contains("country:US SANCTIONS country:CN",
					"policy:us-tariffs-rare-earth-magnet ISSUED_BY country:US",
					"policy:us-tariffs-rare-earth-magnet TARGETS country:CN",
					"policy:us-tariffs-rare-earth-magnet COVERS element:rare-earth-magnet");
			assertThat(kindOf(s, "policy:us-tariffs-rare-earth-magnet")).isEqualTo("TARIFF");
			assertThat(triples("The U.S. will impose 100% tariffs on Chinese goods to punish dumping of magnets."))
				.contains("country:US SANCTIONS country:CN").noneMatch(x -> x.startsWith("policy:"));
		}

		@Test
		void anIssuerAfterByIssuesTheMeasureBeforeIt() {
			assertThat(triples("The new export controls, announced by the Ministry of Commerce on Friday, cover gallium."))
				.contains("policy:cn-export-controls-ga ISSUED_BY organization:mofcom",
						"policy:cn-export-controls-ga ISSUED_BY country:CN", "policy:cn-export-controls-ga COVERS element:Ga");
			assertThat(triples("Export controls imposed by Beijing hit gallium."))
				.contains("policy:cn-export-controls-ga ISSUED_BY country:CN");
			assertThat(triples("Export controls hurt firms supported by Japan.")).as("'by' must follow the measure's verb")
				.noneMatch(x -> x.contains("ISSUED_BY"));
		}

		@Test
		void aVerbThatBansExportsMakesThePolicyBesideTheSanction() {
			assertThat(triples("In 2010, Beijing banned rare earth exports to Japan."))
				.contains("policy:cn-export-ban-rare-earths ISSUED_BY country:CN",
						"policy:cn-export-ban-rare-earths TARGETS country:JP",
						"policy:cn-export-ban-rare-earths COVERS element:rare-earths", "country:CN SANCTIONS country:JP");
		}

		@Test
		void aDestinationIsOnlyACountryRightAfterTo() {
			assertThat(triples("Indonesia's export ban on nickel was meant to attract smelters from Korea."))
				.contains("policy:id-export-ban-ni ISSUED_BY country:ID", "policy:id-export-ban-ni COVERS element:Ni")
				.noneMatch(x -> x.contains("TARGETS"));
			assertThat(triples("Beijing's export controls on gallium and germanium have cut shipments to Europe."))
				.contains("policy:cn-export-controls-ga COVERS element:Ge")
				.noneMatch(x -> x.contains("TARGETS"));
			assertThat(triples("China imposed export controls on gallium, and exports to the United States collapsed."))
				.contains("policy:cn-export-controls-ga COVERS element:Ga")
				.noneMatch(x -> x.contains("TARGETS"));
		}

		@Test
		void productionQuotasNameTheMinistryAndItsStateAsIssuers() {
			ExtractedFact covers = one("The Ministry of Industry and Information Technology issued rare earth mining and "
					+ "smelting separation quotas for 2024.", "COVERS");
			assertThat(kindOf("The Ministry of Industry and Information Technology issued rare earth mining and "
					+ "smelting separation quotas for 2024.", covers.from().id())).isEqualTo("QUOTA");
			assertThat(covers.to().id()).isEqualTo("element:rare-earths");
			assertThat(triples("The Ministry of Industry and Information Technology issued rare earth mining and "
					+ "smelting separation quotas for 2024."))
				.contains(covers.from().id() + " ISSUED_BY organization:miit", covers.from().id() + " ISSUED_BY country:CN");
		}

		@Test
		void aCountrysCriticalMineralsListIsOnePolicyThatCoversWhatIsAddedToIt() {
			assertThat(triples("The USGS added copper and silver to its critical minerals list."))
				.contains("policy:us-critical-minerals-list ISSUED_BY organization:usgs",
						"policy:us-critical-minerals-list ISSUED_BY country:US",
						"policy:us-critical-minerals-list COVERS element:Cu",
						"policy:us-critical-minerals-list COVERS element:Ag")
				.doesNotContain("policy:us-critical-minerals-list COVERS element:critical-minerals");
			assertThat(triples("Copper was not added to the USGS critical minerals list."))
				.noneMatch(t -> t.contains("COVERS"));
			assertThat(triples("The USGS removed copper from its critical minerals list."))
				.noneMatch(t -> t.contains("COVERS"));
			assertThat(triples("The USGS added copper and silver to the 2025 List of Critical Minerals."))
				.contains("policy:2025-list-of-critical-minerals COVERS element:Cu",
						"policy:2025-list-of-critical-minerals COVERS element:Ag");
			assertThat(triples("Canada's critical minerals list includes 34 minerals such as lithium and graphite."))
				.contains("policy:ca-critical-minerals-list COVERS element:Li",
						"policy:ca-critical-minerals-list COVERS element:graphite");
		}

		@Test
		void exportLicencesAreExportControls() {
			assertThat(triples("Beijing introduced licensing requirements for exports of graphite in December."))
				.contains("policy:cn-export-controls-graphite ISSUED_BY country:CN",
						"policy:cn-export-controls-graphite COVERS element:graphite");
		}

		@Test
		void aBanThatIsNotOnExportsIsNoExportBan() {
			assertThat(triples("The port banned night shifts, and exports of rare earth ore rose."))
				.noneMatch(x -> x.startsWith("policy:"));
		}
	}

	@Nested
	class Acquisitions {

		@Test
		void goodsBoughtFromACompanyAreNoTakeover() {
			assertThat(triples("The Saskatchewan Research Council will process ore acquired from Vital Metals."))
				.noneMatch(t -> t.contains("ACQUIRES"));
			assertThat(triples("USA Rare Earth acquired Less Common Metals from its owners."))
				.contains("company:usa-rare-earth ACQUIRES company:lcm");
		}
	}

	@Nested
	class MoneyReceived {

		@Test
		void whoeverSecuresFinancingIsTheOneFinanced() {
			assertThat(triples("Karawara Resources Ltd secures up to $465 million DFC financing for its Tanami mine."))
				.contains("organization:us-development-finance-corporation INVESTS_IN company:karawara-resources")
				.noneMatch(t -> t.startsWith("company:karawara-resources INVESTS_IN"));
			assertThat(triples("MP Materials received Pentagon funding for its magnet plant."))
				.contains("organization:us-department-of-defense INVESTS_IN company:mp-materials");
		}

		@Test
		void withoutANamedSourceAReceiverMakesNoInvestor() {
			assertThat(triples("Karawara Resources Ltd won a $20 million grant for its Tanami mine."))
				.noneMatch(x -> x.startsWith("company:karawara-resources INVESTS_IN"));
		}
	}

	@Nested
	class SeatsOfCompaniesAndBodies {

		@Test
		void aPressReleaseGivesTheSeatInBrackets() {
			assertThat(triples("Karawara Resources Inc. (Vancouver, B.C., Canada) announced plans to build a plant."))
				.contains("company:karawara-resources LOCATED_IN country:CA");
			assertThat(triples("Karawara Resources Ltd (Perth, Australia) signed an offtake deal."))
				.contains("company:karawara-resources LOCATED_IN country:AU");
		}

		@Test
		void bracketsThatHoldMoreThanAPlaceAreNoSeat() {
			assertThat(triples("Karawara Resources Ltd (ASX: KRW) sells ore to buyers in Japan."))
				.noneMatch(x -> x.contains("LOCATED_IN"));
			assertThat(triples("Karawara Resources Ltd (with partners from Japan) built a plant."))
				.noneMatch(x -> x.contains("LOCATED_IN"));
		}

		@Test
		void aDemonymAndADescriptionOfTheTradeBeforeAFirmPlaceIt() {
			assertThat(triples("Brazilian rare earths producer Tamar Metals has secured financing."))
				.contains("company:tamar-metals LOCATED_IN country:BR", "company:tamar-metals PRODUCES element:rare-earths")
				.doesNotContain("country:BR PRODUCES element:rare-earths");
			assertThat(triples("Australian miner Tamar Metals signed a deal.")).contains("company:tamar-metals LOCATED_IN country:AU");
			assertThat(triples("Chinese magnets flooded markets as Tamar Metals cut prices.")).noneMatch(x -> x.contains("LOCATED_IN"));
			assertThat(triples("Tamar Resources Inc. (Vancouver, B.C., Canada) announced a plant."))
				.contains("company:tamar-resources LOCATED_IN country:CA");
		}

		@Test
		void aMinistryOfAGovernmentIsInItsCountry() {
			assertThat(triples("The Ministry of Energy and Mines, Government of Peru, approved the permit."))
				.contains("organization:ministry-of-energy-and-mines LOCATED_IN country:PE");
		}
	}

	@Nested
	class Places {

		@Test
		void aStateOrProvinceLocatesASiteInItsCountry() {
			assertThat(triples("The Karawara Mill in Utah processes monazite sands."))
				.contains("mine:karawara-mill LOCATED_IN country:US");
			assertThat(triples("The Karawara mine, Quebec, ships concentrate by rail."))
				.contains("mine:karawara LOCATED_IN country:CA");
			assertThat(triples("Karawara Resources Inc., Kingston, Ontario, opened a recycling line."))
				.contains("company:karawara-resources LOCATED_IN country:CA");
			assertThat(triples("Karawara Resources Inc. of Kingston, Ontario, opened a recycling line."))
				.contains("company:karawara-resources LOCATED_IN country:CA");
			assertThat(triples("Karawara Resources, Sojitz, Ontario Teachers and others invested."))
				.noneMatch(x -> x.contains("LOCATED_IN"));
			assertThat(triples("Karawara Metals is building the Mesa separation plant in Sumter, South Carolina."))
				.contains("mine:mesa LOCATED_IN country:US", "company:karawara-metals OPERATES mine:mesa");
		}

		@Test
		void aPlaceIsNeverATradingPartnerAProducerOrAName() {
			// "Texas" says where the plant is; it does not make the United States export, produce or build anything
			assertThat(triples("Ore from the Karawara mine flows to Guangdong, China, for separation."))
				.noneMatch(x -> x.contains("EXPORTS_TO"));
			assertThat(triples("Texas produces more rare earth carbonate than any other region."))
				.noneMatch(x -> x.contains("PRODUCES"));
			assertThat(triples("Arms plants in Colorado build the M4 carbine with imported terbium."))
				.noneMatch(x -> x.contains("DEVELOPS"));
			ExtractedFact located = one("The Karawara Mill in Utah processes monazite sands.", "LOCATED_IN");
			assertThat(loader.extractText("x.md", "Title: x\n\nThe Karawara Mill in Utah processes monazite sands.\n")
				.entities()).filteredOn(e -> e.id().equals("country:US")).singleElement()
				.satisfies(us -> assertThat(us.aliases()).doesNotContain("Utah"));
			assertThat(located.to().id()).isEqualTo("country:US");
		}

		@Test
		void aParticipleLocatesOnlyTheNameRightBeforeIt() {
			assertThat(triples("Karawara Resources plans the first separation line in the United States, located in "
					+ "Louisiana.")).noneMatch(x -> x.contains("LOCATED_IN"));
			assertThat(triples("Karawara Resources opened the Mesa Mill, located in Nevada, in 2024."))
				.contains("mine:mesa-mill LOCATED_IN country:US");
		}
	}

	@Nested
	class ProducersAndRefinersAsNouns {

		@Test
		void aCopulaReachesItsCoordinatedSubjectsPastAdverbsAndParticiples() {
			assertThat(triples("Brazil, India and Vietnam are also significant producers of rare earths."))
				.contains("country:BR PRODUCES element:rare-earths", "country:IN PRODUCES element:rare-earths",
						"country:VN PRODUCES element:rare-earths");
			assertThat(triples("Tamar Metals is a leading producer of lithium and graphite."))
				.contains("company:tamar-metals PRODUCES element:Li", "company:tamar-metals PRODUCES element:graphite");
			assertThat(triples("Tamar Metals, an established processor of heavy rare earths, opened a plant."))
				.contains("company:tamar-metals REFINES element:heavy-rare-earths");
		}

		@Test
		void aRelativeClauseActsForTheNameItFollows() {
			assertThat(triples("The plan aims to cut reliance on China, which processes roughly 90% of the world's rare "
					+ "earths.")).contains("country:CN REFINES element:rare-earths");
			assertThat(triples("Investors backed Tamar Metals, which produces gallium.")).contains(
					"company:tamar-metals PRODUCES element:Ga").noneMatch(x -> x.contains("investors"));
		}

		@Test
		void oneFirmBuyingFromAnotherIsSupplyAndAPassiveSupplierFollowsBy() {
			assertThat(triples("Karawara Metals buys NdPr oxide from Tamar Metals."))
				.contains("company:tamar-metals SUPPLIES company:karawara-metals")
				.noneMatch(x -> x.contains("EXPORTS_TO"));
			assertThat(triples("Karawara Metals will make magnets from recycled material supplied by Tamar Metals."))
				.contains("company:tamar-metals SUPPLIES company:karawara-metals")
				.doesNotContain("company:karawara-metals SUPPLIES company:tamar-metals");
			assertThat(triples("Japan imports rare earths from Tamar Metals.")).as("an economy still trades")
				.contains("company:tamar-metals EXPORTS_TO country:JP");
		}

		@Test
		void aCountryOutsideWhichSomethingHappensIsNoAgent() {
			assertThat(triples("Tamar Metals is the only company outside China that separates heavy rare earths."))
				.contains("company:tamar-metals REFINES element:heavy-rare-earths")
				.noneMatch(x -> x.startsWith("country:CN"));
		}

		@Test
		void aFirmsSeatIsWhereItSitsNotWhoProduces() {
			assertThat(triples("Karawara Resources bought Tamar Metals, a UK-based producer of rare earth metals."))
				.contains("company:tamar-metals PRODUCES element:rare-earth-metal",
						"company:tamar-metals LOCATED_IN country:GB")
				.noneMatch(x -> x.startsWith("country:GB PRODUCES"));
		}
	}

	/** Sentences a reviewer wrote against this round's rules; each once gave a false fact or lost a true one. */
	@Nested
	class EdgesOfPlacesSeatsAndLists {

		@Test
		void anAppositionOrACitySeatKeepsTheLocation() {
			assertThat(triples("The Tamar mine, one of the richest deposits, is located in Malawi."))
				.contains("mine:tamar LOCATED_IN country:MW");
			assertThat(triples("Karawara Resources (Shanghai, China) reported higher profit."))
				.contains("company:karawara-resources LOCATED_IN country:CN");
		}

		@Test
		void aListOrAPossessiveIsNoPlaceApposition() {
			assertThat(triples("The consortium includes Tamar Metals, Ontario's Karawara Resources and Sojitz."))
				.doesNotContain("company:tamar-metals LOCATED_IN country:CA");
			assertThat(triples("Tamar Metals, Quebec and Ottawa agreed on a plan.")).noneMatch(x -> x.contains("LOCATED_IN"));
			assertThat(triples("Tamar Metals, based in Ontario, California, expanded."))
				.contains("company:tamar-metals LOCATED_IN country:US");
			assertThat(triples("Tamar Metals, based in New England, makes magnets."))
				.contains("company:tamar-metals LOCATED_IN country:US").noneMatch(x -> x.contains("country:GB"));
		}

		@Test
		void aListingIsNoSeatAndASeatBelongsToTheNameItPrecedes() {
			assertThat(triples("Karawara Resources, a US-listed Chinese refiner, processes rare earths."))
				.noneMatch(x -> x.contains("LOCATED_IN"));
			assertThat(triples("Karawara Resources, the partner of US-based Tamar Metals, sells zircon."))
				.doesNotContain("company:karawara-resources LOCATED_IN country:US");
		}

		@Test
		void aSupplierAfterByNeedsAClientThatTakesWhatIsSupplied() {
			assertThat(triples("Tamar Metals warned that concentrate supplied by Myanmar fell 30%."))
				.noneMatch(x -> x.contains("SUPPLIES"));
		}

		@Test
		void onlyBodiesOfOneStateIssueOneMeasureAndAColonListsOnlyAGroupsMembers() {
			assertThat(triples("China's Ministry of Commerce and the US Department of Commerce announced export controls "
					+ "on gallium.")).doesNotContain("policy:us-export-controls-ga ISSUED_BY organization:mofcom");
			assertThat(triples("The Ministry of Commerce imposed export controls on gallium: germanium and antimony remain "
					+ "unrestricted.")).noneMatch(x -> x.contains("COVERS element:Ge") || x.contains("COVERS element:Sb"));
			assertThat(triples("The Ministry of Commerce imposed export controls on seven heavy rare earths: samarium, "
					+ "terbium and dysprosium.")).contains("policy:cn-export-controls-heavy-rare-earths COVERS element:Tb");
		}

		@Test
		void aRelativeClauseAboutAPlaceOrAnAgentNounAfterACopulaNamesTheRightSubject() {
			assertThat(triples("Tamar Metals will build a plant in Texas, which produces most of the helium in America."))
				.noneMatch(x -> x.contains("PRODUCES"));
			assertThat(triples("Tamar Metals is Japan's main refiner of rare earths."))
				.contains("company:tamar-metals REFINES element:rare-earths").noneMatch(x -> x.startsWith("country:JP"));
		}

		@Test
		void aCurrencySignOrAMarketOfAnotherCurrencyGivesNoPrice() {
			assertThat(triples("Neodymium oxide prices in Japan rose to ¥9,000 per kilogram."))
				.noneMatch(x -> x.contains("PRICED_IN"));
			assertThat(triples("Neodymium prices, at 1.2 million yuan/t, doubled in Europe."))
				.noneMatch(x -> x.contains("PRICED_IN"));
			assertThat(triples("Neodymium oxide prices rose to A$110,000 per tonne in Australia."))
				.noneMatch(x -> x.contains("PRICED_IN")).as("A$ is no dollar price");
		}

		@Test
		void aSiteIsNeverNamedByAStateOrACommonMill() {
			assertThat(triples("Tamar Metals opened a North Carolina magnet plant.")).noneMatch(x -> x.contains("mine:"));
			assertThat(triples("Tamar Metals owns a Sichuan mine.")).noneMatch(x -> x.contains("mine:"));
			assertThat(triples("The Steel Mill in Baotou uses iron ore.")).noneMatch(x -> x.contains("mine:"));
		}

		@Test
		void whoeverLeadsOrJoinsARoundInvestsInTheFirmThatRaisesIt() {
			List<ExtractedFact> f = facts("Tamar Metals raised $162 million in a Series C round led by Sojitz Corporation, "
					+ "with participation from Toyota and Hitachi Metals.");
			assertThat(f.stream().filter(x -> x.relationship().name().equals("INVESTS_IN"))
				.map(x -> x.from().id() + " -> " + x.to().id())).containsExactlyInAnyOrder(
						"company:sojitz -> company:tamar-metals", "company:toyota -> company:tamar-metals",
						"company:proterial -> company:tamar-metals");
			assertThat(f).filteredOn(x -> x.from().id().equals("company:sojitz")).singleElement()
				.satisfies(x -> assertThat(x.properties()).containsEntry("amountUsd", 162_000_000L))
				.as("a sole lead is credited with the round");
			assertThat(triples("Tamar Metals signed a deal led by its chief executive.")).noneMatch(x -> x.contains("INVESTS_IN"));
		}

		@Test
		void theAgreementBetweenNamedPartiesIsANewOne() {
			assertThat(triples("The deal between Japan and the United States covers lithium.")).contains(
					"country:JP PARTY_TO agreement:jp-us-agreement", "country:US PARTY_TO agreement:jp-us-agreement",
					"agreement:jp-us-agreement COVERS element:Li");
			assertThat(triples("The agreement is vague about Japan.")).noneMatch(x -> x.contains("PARTY_TO"));
		}

		@Test
		void oneFirmShippingToAnotherIsSupplyWhicheverRuleReadsIt() {
			assertThat(triples("Tamar Metals shipped ore to Karawara Resources last year."))
				.contains("company:tamar-metals SUPPLIES company:karawara-resources")
				.noneMatch(x -> x.contains("EXPORTS_TO"));
		}
	}

	@Nested
	class ExportsTo {

		@Test
		void readsExporterImporterTonnageAndMonth() {
			ExtractedFact f = one("In July, Vietnam's rare earth exports to Japan rose to 1,200 tons.", "EXPORTS_TO");
			assertThat(f.from().id()).isEqualTo("country:VN");
			assertThat(f.to().id()).isEqualTo("country:JP");
			assertThat(f.properties()).containsEntry("quantity", 1200L).containsEntry("unit", "t")
				.containsEntry("period", "2025-07").containsEntry("commodity", "rare earths");
			assertThat(f.evidence().rule()).isEqualTo("exports.to");
			assertThat(f.evidence().sentence()).startsWith("In July, Vietnam's");
		}

		@Test
		void storesImportsAsTheExportersFlow() {
			ExtractedFact f = one("Germany imported 60% of its gallium from China in 2023.", "EXPORTS_TO");
			assertThat(f.from().id()).isEqualTo("country:CN");
			assertThat(f.to().id()).isEqualTo("country:DE");
			assertThat(f.properties()).containsEntry("sharePct", 60L).containsEntry("period", "2023");
		}

		@Test
		void readsChineseExportPhrasingAndSpreadsMonthlyFigures() {
			List<ExtractedFact> fs = facts("从6月到8月,中国对日稀土出口分别为10吨、20吨、30吨。");
			assertThat(fs).filteredOn(f -> f.relationship().name().equals("EXPORTS_TO"))
				.extracting(f -> f.properties().get("period") + "=" + f.properties().get("quantity"))
				.containsExactly("2025-06=10", "2025-07=20", "2025-08=30");
		}

		@Test
		void aBanOnExportsIsASanctionNotAFlow() {
			List<String> t = triples("As part of a pressure campaign, China banned rare earth exports to Japan.");
			assertThat(t).noneMatch(x -> x.contains("EXPORTS_TO"));
			assertThat(facts("As part of a pressure campaign, China banned rare earth exports to Japan.")).anySatisfy(f -> {
				assertThat(f.relationship().name()).isEqualTo("SANCTIONS");
				assertThat(f.from().id()).isEqualTo("country:CN");
				assertThat(f.to().id()).isEqualTo("country:JP");
				assertThat(f.properties()).containsEntry("kind", "EXPORT_BAN");
			});
		}

		@Test
		void aBanNamedEarlierInTheSentenceLeavesARealFlowAlone() {
			assertThat(triples("Despite curbs China sold gallium to Japan.")).contains("country:CN EXPORTS_TO country:JP");
			assertThat(triples("Under the new curbs China exported only 5 tonnes of gallium to Japan."))
				.contains("country:CN EXPORTS_TO country:JP");
			assertThat(triples("India halted rare earth exports to Japan.")).contains("country:IN EXPORTS_TO country:JP")
				.noneMatch(t -> t.contains("SANCTIONS"));
		}

		@Test
		void aShareOfAnotherClauseIsNoItemOfTheList() {
			assertThat(triples("The European Union imports 98% of its magnets from China, and 20% of Japan's output goes "
					+ "to Korea.")).noneMatch(t -> t.startsWith("country:JP EXPORTS_TO"));
		}

		@Test
		void eachShareOfAListKeepsItsOwnFigure() {
			List<ExtractedFact> fs = facts("China currently controls 94% of the global supply of gallium, 83% of germanium, "
					+ "and 56% of antimony.");
			assertThat(fs).filteredOn(f -> f.relationship().name().equals("PRODUCES"))
				.extracting(f -> f.to().id() + "=" + f.properties().get("sharePct"))
				.contains("element:Ga=94", "element:Ge=83", "element:Sb=56");
		}

		@Test
		void ignoresAnInfinitiveTo() {
			assertThat(triples("Control over rare earth exports allows China to pressure Japan."))
				.noneMatch(t -> t.contains("EXPORTS_TO"));
		}
	}

	@Nested
	class ImportFigures {

		@Test
		void figuresOfAnEarlierClauseStayThere() {
			ExtractedFact f = one("Canada is expected to mine 9,000 tons of graphite in 2026, about 4% of world output, "
					+ "but still imports heavily from China.", "EXPORTS_TO");
			assertThat(f.from().id()).isEqualTo("country:CN");
			assertThat(f.properties()).doesNotContainKeys("quantity", "sharePct");
		}

		@Test
		void figuresOfTheImportingClauseAreKept() {
			ExtractedFact f = one("In 2024 Japan imported 60% of its gallium from China.", "EXPORTS_TO");
			assertThat(f.properties()).containsEntry("sharePct", 60L);
		}
	}

	@Nested
	class RefinesFor {

		@Test
		void oreSentAbroadForRefining() {
			assertThat(triples("Ore from the Mount Weld mine is shipped to Malaysia for processing."))
				.contains("country:MY REFINES_FOR country:AU");
		}

		@Test
		void materialProcessedOrRefinedInAnotherCountry() {
			assertThat(triples("Iluka Resources has its rare earth concentrate processed in China."))
				.contains("country:CN REFINES_FOR company:iluka-resources");
			assertThat(triples("Vietnam's ore is refined in Japan under a new deal.")).contains("country:JP REFINES_FOR country:VN");
			assertThat(triples("Brazil keeps refining in China for now.")).contains("country:CN REFINES_FOR country:BR");
		}

		@Test
		void notWithoutTheRefiningPurpose() {
			assertThat(triples("Ore from the Mount Weld mine is shipped to Malaysia.")).noneMatch(t -> t.contains("REFINES_FOR"));
		}
	}

	@Nested
	class Shares {

		@Test
		void eachShareGoesWithItsOwnNoun() {
			List<String> t = triples("Indonesia holds 30% of global nickel reserves and 50% of refining capacity.");
			assertThat(t).contains("country:ID HOLDS_RESERVES element:Ni", "country:ID REFINES element:Ni");
			ExtractedFact reserves = one("Indonesia holds 30% of global nickel reserves and 50% of refining capacity.",
					"HOLDS_RESERVES");
			assertThat(reserves.properties()).containsEntry("sharePct", 30L);
		}

		@Test
		void productionWithTonnageAndYear() {
			ExtractedFact f = one("Australia produced 18,000 tons of lithium in 2023.", "PRODUCES");
			assertThat(f.properties()).containsEntry("quantity", 18000L).containsEntry("year", 2023);
		}

		@Test
		void reservesInTons() {
			ExtractedFact f = one("Greenland has 1.5 million tons of rare earth reserves.", "HOLDS_RESERVES");
			assertThat(f.from().id()).isEqualTo("country:GL");
			assertThat(f.properties()).containsEntry("quantity", 1500000L);
		}

		@Test
		void notASharOfSomethingElse() {
			assertThat(triples("China saw 80% of mining companies adopt green practices."))
				.noneMatch(t -> t.contains("PRODUCES"));
		}
	}

	@Nested
	class Investments {

		@Test
		void investorTargetAndAmount() {
			ExtractedFact f = one("The Department of Energy invested $150 million in Vulcan Elements.", "INVESTS_IN");
			assertThat(f.from().id()).isEqualTo("organization:us-department-of-energy");
			assertThat(f.to().id()).isEqualTo("company:vulcan-elements");
			assertThat(f.properties()).containsEntry("amountUsd", 150_000_000L);
		}

		@Test
		void aNegatedInvestmentIsNoFact() {
			assertThat(triples("Apple did not invest in MP Materials.")).noneMatch(t -> t.contains("INVESTS_IN"));
			assertThat(triples("The Pentagon has never funded Vulcan Elements.")).noneMatch(t -> t.contains("INVESTS_IN"));
			assertThat(triples("Apple invested in MP Materials, not in Lynas Rare Earths."))
				.contains("company:apple INVESTS_IN company:mp-materials");
		}

		@Test
		void takeovers() {
			assertThat(triples("Energy Fuels is acquiring Base Resources Ltd. to add mineral sands."))
				.contains("company:energy-fuels ACQUIRES company:base-resources");
		}
	}

	@Nested
	class Sanctions {

		@Test
		void threatenedTariffWithRate() {
			ExtractedFact f = one("Washington threatened a 200% tariff on Chinese magnets after Beijing's move.",
					"SANCTIONS");
			assertThat(f.from().id()).isEqualTo("country:US");
			assertThat(f.to().id()).isEqualTo("country:CN");
			assertThat(f.properties()).containsEntry("ratePct", 200L).containsEntry("status", "THREATENED");
		}

		@Test
		void theObjectOfAPrepositionIsNotTheIssuer() {
			assertThat(triples("Talks against Japan ended without new sanctions."))
				.noneMatch(t -> t.startsWith("country:JP SANCTIONS"));
		}
	}

	@Nested
	class Policies {

		@Test
		void exportControlsGetIssuerAndCoverage() {
			List<String> t = triples("China's export controls on gallium took effect in August.");
			assertThat(t).contains("policy:cn-export-controls-ga ISSUED_BY country:CN",
					"policy:cn-export-controls-ga COVERS element:Ga");
		}

		@Test
		void namedActsAreIssuedByTheirLegislature() {
			assertThat(triples("The U.S. Senate passed the Mineral Security Act to fund cobalt refining."))
				.contains("policy:mineral-security-act ISSUED_BY organization:us-senate");
		}
	}

	@Nested
	class Agreements {

		@Test
		void partiesBetweenAndCoverage() {
			List<ExtractedFact> fs = facts("Canada and Germany signed a critical minerals agreement worth $2 billion "
					+ "covering lithium and graphite.");
			assertThat(fs).filteredOn(f -> f.relationship().name().equals("PARTY_TO"))
				.extracting(f -> f.from().id()).containsExactlyInAnyOrder("country:CA", "country:DE");
			assertThat(fs).filteredOn(f -> f.relationship().name().equals("COVERS"))
				.extracting(f -> f.to().id()).contains("element:Li", "element:graphite");
		}

		@Test
		void aVagueMentionOfTheAgreementAddsNothing() {
			assertThat(triples("The agreement is vague.")).isEmpty();
		}
	}

	@Nested
	class Dependencies {

		@Test
		void programmeDependsOnMaterialWithOrigin() {
			ExtractedFact f = one("The Virginia-class submarine requires Chinese-origin samarium-cobalt magnets.",
					"DEPENDS_ON");
			assertThat(f.from().id()).isEqualTo("program:virginia-class-submarine");
			assertThat(f.to().id()).isEqualTo("element:smco-magnet");
			assertThat(f.properties()).containsEntry("originCountry", "CN");
		}

		@Test
		void aParticipleAttachesToTheProgrammeBeforeIt() {
			ExtractedFact f = one("Inspectors found stickers on J-20 fighter jets requiring Russian-origin terbium alloy.",
					"DEPENDS_ON");
			assertThat(f.from().id()).isEqualTo("program:j-20");
			assertThat(f.properties()).containsEntry("originCountry", "RU");
		}

		@Test
		void materialForAProgramme() {
			assertThat(triples("Apple buys NdFeB magnets for the MagSafe charger."))
				.contains("program:magsafe-charger DEPENDS_ON element:ndfeb-magnet");
		}

		@Test
		void shortagesMakeTheNamedCompaniesDependent() {
			assertThat(triples("A shortage of terbium left carmakers like Toyota and Renault with production halts."))
				.contains("company:toyota DEPENDS_ON element:Tb", "company:renault DEPENDS_ON element:Tb");
		}
	}

	@Nested
	class CorporateFacts {

		@Test
		void locationOperatorAndDeveloper() {
			assertThat(triples("Canada's Ucore operates the Louisiana plant, while Lockheed Martin builds the F-35."))
				.contains("company:lockheed-martin DEVELOPS program:f-35");
			assertThat(triples("UK-based Pensana plans a refinery.")).contains("company:pensana LOCATED_IN country:GB");
		}

		@Test
		void stockpileCoverage() {
			ExtractedFact f = one("Japan's strategic reserves of dysprosium are sufficient for 6 months.", "STOCKPILES");
			assertThat(f.properties()).isEqualTo(Map.of("coverageMonths", 6L));
		}
	}

	@Nested
	class Prices {

		@Test
		void readsThePriceItsMarketFormPurityChangeAndMonth() {
			ExtractedFact f = one("In May, prices of 99.5% pure dysprosium oxide in China rose 12% to $310 per kg.",
					"PRICED_IN");
			assertThat(f.from().id()).isEqualTo("element:Dy");
			assertThat(f.to().id()).isEqualTo("country:CN");
			assertThat(f.properties()).isEqualTo(Map.of("usdPerKg", 310L, "form", "oxide", "purity", "99.5%",
					"changePct", 12L, "period", "2025-05"));
			assertThat(f.evidence().rule()).isEqualTo("prices.in");
		}

		@Test
		void aFallIsANegativeChange() {
			ExtractedFact f = one("Terbium metal prices in Europe fell 8% to $1,150 per kilogram.", "PRICED_IN");
			assertThat(f.to().id()).isEqualTo("country:EU");
			assertThat(f.properties()).containsEntry("usdPerKg", 1150L).containsEntry("form", "metal")
				.containsEntry("changePct", -8L);
		}

		@Test
		void aPriceInAnotherCurrencyIsKeptAsStatedAndItsCurrencyNamesTheMarketWhenTheTextDoesNot() {
			ExtractedFact yuan = one("Praseodymium-neodymium oxide prices rose to 560,000 yuan per tonne in August.",
					"PRICED_IN");
			assertThat(yuan.from().id()).isEqualTo("element:ndpr-oxide");
			assertThat(yuan.to().id()).isEqualTo("country:CN");
			assertThat(yuan.properties()).containsEntry("price", 560000L).containsEntry("currency", "CNY")
				.containsEntry("unit", "t").doesNotContainKey("usdPerKg");
			ExtractedFact zh = one("1至9月进口稀土平均价格为91.6元/千克。", "PRICED_IN");
			assertThat(zh.to().id()).isEqualTo("country:CN");
			assertThat(zh.properties()).containsEntry("price", 91.6).containsEntry("currency", "CNY")
				.containsEntry("unit", "kg");
			assertThat(one("Terbium prices reached €2,100 per kilogram.", "PRICED_IN").to().id()).isEqualTo("country:EU");
			assertThat(triples("Terbium prices reached $2,100 per kilogram.")).as("a dollar names no market")
				.noneMatch(t -> t.contains("PRICED_IN"));
			assertThat(triples("鹿特丹氧化铽价格涨至3000美元/公斤。")).as("a dollar price names no market, even in Chinese")
				.noneMatch(t -> t.contains("PRICED_IN"));
		}

		@Test
		void needsAPricePerKilogramAndExactlyOneMarket() {
			assertThat(triples("Analysts said the outlook for dysprosium prices in China remains uncertain."))
				.noneMatch(t -> t.contains("PRICED_IN"));
			assertThat(triples("Yttrium's price has reached a historical high of $126 per kilogram."))
				.noneMatch(t -> t.contains("PRICED_IN"));
			assertThat(triples("The price of NdFeB magnets made in the U.S. is $95 per kilogram, against $45 in China."))
				.noneMatch(t -> t.contains("PRICED_IN"));
			assertThat(triples("Canberra set a minimum purchase price of $80 per kg for neodymium in Australia."))
				.noneMatch(t -> t.contains("PRICED_IN"));
			assertThat(triples("India announced a price floor of $60 per kg for terbium."))
				.noneMatch(t -> t.contains("PRICED_IN"));
		}
	}

	@Nested
	class MoreRules {

		@Test
		void supplies() {
			assertThat(triples("Neo Performance Materials supplies NdFeB magnets to General Motors."))
				.contains("company:neo-performance-materials SUPPLIES company:general-motors");
			assertThat(triples("Supply chain worries hit General Motors.")).noneMatch(t -> t.contains("SUPPLIES"));
		}

		@Test
		void containsAndRefines() {
			assertThat(triples("SmCo magnets contain samarium and cobalt."))
				.contains("element:smco-magnet CONTAINS element:Sm");
			assertThat(triples("Solvay refines cerium in France.")).contains("company:solvay REFINES element:Ce");
			assertThat(triples("The EU imported refined cerium.")).noneMatch(t -> t.contains(" REFINES "));
		}

		@Test
		void operatedBy() {
			assertThat(triples("The Nolans project, operated by Arafura, will produce NdPr oxide."))
				.contains("company:arafura-rare-earths OPERATES mine:nolans");
		}

		@Test
		void listsOfProducersAndHolders() {
			List<String> t = triples("Rare earth producers like Laos and Myanmar gained share.");
			assertThat(t).contains("country:LA PRODUCES element:rare-earths", "country:MM PRODUCES element:rare-earths");
			assertThat(triples("Cobalt is found in several countries, including Zambia and Cuba."))
				.contains("country:ZM HOLDS_RESERVES element:Co", "country:CU HOLDS_RESERVES element:Co");
		}

		@Test
		void exportControlsCoverEveryListedElement() {
			assertThat(triples("China's export controls on gallium and germanium took effect."))
				.contains("policy:cn-export-controls-ga COVERS element:Ga", "policy:cn-export-controls-ga COVERS element:Ge");
		}
	}

	@Nested
	class AgreementsWithCompaniesAndChineseElements {

		@Test
		void aKindOfAgreementBetweenItsArticleAndItsNounIsRead() {
			assertThat(triples("Karawara Resources Ltd has entered into a non-binding Memorandum of Understanding (MOU) "
					+ "with Neo Performance Materials Inc. for offtake of rare earth oxide."))
				.contains("company:karawara-resources PARTY_TO "
						+ "agreement:karawara-resources-neo-performance-materials-non-binding-memorandum-of-understanding",
						"company:neo-performance-materials PARTY_TO "
								+ "agreement:karawara-resources-neo-performance-materials-non-binding-memorandum-of-understanding");
		}

		@Test
		void thePartyIsTheCompanyAPossessiveNamesNotItsCountry() {
			assertThat(triples("Lynas signed an offtake agreement with Japan's Sojitz."))
				.contains("company:sojitz PARTY_TO agreement:lynas-rare-earths-sojitz-offtake-agreement")
				.noneMatch(t -> t.startsWith("country:JP PARTY_TO"));
		}

		@Test
		void aSignerIsAPartyWhenTheOtherIsANameNobodyKnows() {
			assertThat(triples("Karawara Resources Ltd signed an agreement with Xantho SE for lithium exploration in Chile."))
				.contains("company:karawara-resources PARTY_TO agreement:karawara-resources-xantho-se-agreement")
				.noneMatch(t -> t.startsWith("country:CL PARTY_TO"));
			assertThat(triples("Karawara Resources Ltd praised the agreement.")).noneMatch(t -> t.contains("PARTY_TO"));
			assertThat(triples("In March Karawara Resources Ltd signed an agreement with Xantho SE for lithium. In June "
					+ "Karawara Resources Ltd signed an agreement with Bravo GmbH for cobalt."))
				.as("two deals stay two").contains("agreement:karawara-resources-xantho-se-agreement COVERS element:Li")
				.noneMatch(t -> t.startsWith("agreement:karawara-resources-xantho-se-agreement COVERS element:Co"));
			assertThat(triples("MP Materials said its customers may cancel contracts with China."))
				.noneMatch(t -> t.contains("PARTY_TO"));
		}

		@Test
		void aCompanyAndAGovernmentSignTogether() {
			assertThat(triples("Iluka and the Australian government signed a A$1.65 billion loan agreement."))
				.contains("company:iluka-resources PARTY_TO agreement:au-loan-agreement",
						"country:AU PARTY_TO agreement:au-loan-agreement");
		}

		@Test
		void aContractSignedWithAnInstitutionHasBothParties() {
			assertThat(triples("Lynas Rare Earths signed a $258 million contract with the Pentagon to build a plant."))
				.anyMatch(t -> t.startsWith("company:lynas-rare-earths PARTY_TO agreement:"))
				.anyMatch(t -> t.startsWith("organization:us-department-of-defense PARTY_TO agreement:"));
		}

		@Test
		void aPartnershipCoversItsMaterials() {
			assertThat(triples("The European Union and Japan agreed a critical minerals partnership covering gallium and "
					+ "graphite.")).contains("country:EU PARTY_TO agreement:eu-jp-critical-minerals-partnership",
							"agreement:eu-jp-critical-minerals-partnership COVERS element:Ga");
		}

		@Test
		void plansAreNotAgreementsYet() {
			assertThat(triples("Canada is attempting to form a mineral alliance with Chile.")).isEmpty();
		}

		@Test
		void singleCharacterChineseElementsAreRecognisedButNotIronInMagnets() {
			assertThat(triples("中国商务部宣布对镓、锗相关物项实施出口管制。")).contains(
					"policy:cn-export-controls-ge COVERS element:Ga", "policy:cn-export-controls-ge COVERS element:Ge");
			assertThat(facts("稀土磁铁出口增长。")).noneMatch(f -> f.to().id().equals("element:Fe"));
		}
	}
}
