package org.reegraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reegraph.model.GraphContract;

import static org.assertj.core.api.Assertions.assertThat;

/** The Neo4j Browser style colours every label of the contract and captions entities by name. */
class BrowserStyleTests {

	private static final Pattern RULE = Pattern.compile("node\\.(\\w+)\\s*\\{(.*?)\\n}", Pattern.DOTALL);

	static String grass() throws IOException {
		try (InputStream in = BrowserStyleTests.class.getResourceAsStream("/org/reegraph/cypher/browser/reegraph.grass")) {
			assertThat(in).as("reegraph.grass on the classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Browser merges the rules of all a node's labels in file order and adds a rule for any label it has not
	 * seen at the end: without an early node.Entity rule, every node would take Entity's auto-made colour.
	 */
	@Test
	void theSharedEntityLabelIsStyledBeforeTheContractLabels() throws IOException {
		String grass = grass();
		int entity = grass.indexOf("node.Entity {");
		assertThat(entity).isPositive();
		GraphContract.labelNames().forEach(l -> assertThat(grass.indexOf("node." + l + " {")).as(l).isGreaterThan(entity));
	}

	@Test
	void everyContractLabelHasItsOwnColourAndANameCaption() throws IOException {
		String grass = grass();
		Set<String> styled = new HashSet<>();
		Set<String> colours = new HashSet<>();
		Matcher m = RULE.matcher(grass);
		while (m.find()) {
			styled.add(m.group(1));
			Matcher colour = Pattern.compile("(?m)^\\s*color:\\s*(#[0-9A-Fa-f]{6});").matcher(m.group(2));
			assertThat(colour.find()).as("colour of " + m.group(1)).isTrue();
			colours.add(colour.group(1).toUpperCase());
			if (GraphContract.labelNames().contains(m.group(1))) {
				assertThat(m.group(2)).as("caption of " + m.group(1)).contains("caption: '{name}';");
			}
		}
		assertThat(styled).containsAll(GraphContract.labelNames());
		assertThat(colours).as("one colour per styled label").hasSize(styled.size());
	}
}
