package org.reegraph.loader.relate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.reegraph.model.Label;
import org.reegraph.model.RelType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A language's rule file, read and validated: the relation rules plus the words that mark negation,
 * modality and light verbs. Every mistake is reported with the file and line ("en.yaml line 40: unknown
 * relationship type EXPORT_TO; one of …"), so a rule author never reads Java to find it.
 *
 * @param name the file name, for messages
 * @param language {@code en} or {@code zh}
 * @param negation words that negate a trigger in its verb group or noun group
 * @param modality status → the words that mark it ({@code PLANNED: [plan, will, …]})
 * @param lightVerbs verbs whose subject is the agent of the noun they take ("announced an investment")
 * @param blockers nouns that an element may modify without being a material argument ("rare earth technology",
 *        "rare earth patents")
 * @param rules the rules, in file order
 */
public record RuleFile(String name, String language, Set<String> negation, Map<String, Set<String>> modality,
		Set<String> lightVerbs, Set<String> blockers, List<LinguisticRule> rules) {

	/** The statuses a modality may set. */
	static final Set<String> STATUSES = Set.of("PLANNED", "PROPOSED", "THREATENED", "SUSPENDED");

	/** Thrown for a rule file that cannot be used; the message names file and line. */
	public static final class InvalidRuleFileException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		InvalidRuleFileException(String message) {
			super(message);
		}
	}

	/**
	 * Reads a bundled rule file from the class path ({@code org/reegraph/loader/relate/rules/<language>.yaml}).
	 *
	 * @param language {@code en} or {@code zh}
	 * @return the rules
	 */
	public static RuleFile bundled(String language) {
		String resource = "rules/" + language + ".yaml";
		try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No rule file " + resource + " next to " + RuleFile.class.getName());
			}
			return parse(language + ".yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads rules from text.
	 *
	 * @param name the file name, for messages
	 * @param yaml the file's text
	 * @return the rules
	 * @throws InvalidRuleFileException naming the line of the first mistake
	 */
	public static RuleFile parse(String name, String yaml) {
		return parse(name, new StringReader(yaml));
	}

	static RuleFile parse(String name, Reader reader) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (RuntimeException ex) {
			throw new InvalidRuleFileException(name + ": not valid YAML: " + ex.getMessage());
		}
		Reading r = new Reading(name);
		MappingNode top = r.map(root, "the file");
		Node languageNode = r.required(top, "language");
		String language = r.string(languageNode, "language");
		if (!language.equals("en") && !language.equals("zh")) {
			throw r.error(languageNode, "language is en or zh, not " + language);
		}
		Set<String> negation = r.words(r.optional(top, "negation"), "negation");
		Set<String> light = r.words(r.optional(top, "lightVerbs"), "lightVerbs");
		Set<String> blockers = r.words(r.optional(top, "blockers"), "blockers");
		Map<String, Set<String>> modality = new LinkedHashMap<>();
		Node mod = r.optional(top, "modality");
		if (mod != null) {
			for (NodeTuple t : r.map(mod, "modality").getValue()) {
				String status = r.string(t.getKeyNode(), "a status");
				if (!STATUSES.contains(status)) {
					throw r.error(t.getKeyNode(), "unknown status " + status + "; one of " + STATUSES);
				}
				modality.put(status, r.words(t.getValueNode(), status));
			}
		}
		r.onlyKeys(top, Set.of("language", "negation", "lightVerbs", "blockers", "modality", "rules"));
		List<LinguisticRule> rules = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		for (Node n : r.list(r.required(top, "rules"), "rules")) {
			LinguisticRule rule = r.rule(n, language);
			if (!ids.add(rule.id())) {
				throw r.error(n, "the rule id " + rule.id() + " is used twice");
			}
			rules.add(rule);
		}
		return new RuleFile(name, language, negation, modality, light, blockers, rules);
	}

	/** One pass over a file's nodes, with the file name for messages. */
	private record Reading(String file) {

		InvalidRuleFileException error(Node at, String message) {
			return new InvalidRuleFileException(file + " line " + (at.getStartMark().getLine() + 1) + ": " + message);
		}

		MappingNode map(Node n, String what) {
			if (n instanceof MappingNode m) {
				return m;
			}
			throw error(n, what + " must be a mapping (key: value lines)");
		}

		List<Node> list(Node n, String what) {
			if (n instanceof SequenceNode s) {
				return s.getValue();
			}
			throw error(n, what + " must be a list");
		}

		String string(Node n, String what) {
			if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
				return s.getValue().strip();
			}
			throw error(n, what + " must be a word or text");
		}

		Node optional(MappingNode m, String key) {
			for (NodeTuple t : m.getValue()) {
				if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
					return t.getValueNode();
				}
			}
			return null;
		}

		Node required(MappingNode m, String key) {
			Node n = optional(m, key);
			if (n == null) {
				throw error(m, "missing " + key);
			}
			return n;
		}

		void onlyKeys(MappingNode m, Set<String> allowed) {
			Set<String> seen = new java.util.HashSet<>();
			for (NodeTuple t : m.getValue()) {
				String key = string(t.getKeyNode(), "a key");
				if (!seen.add(key)) {
					throw error(t.getKeyNode(), "the key " + key + " is given twice");
				}
				if (!allowed.contains(key)) {
					throw error(t.getKeyNode(), "unknown key " + key + "; one of " + new java.util.TreeSet<>(allowed));
				}
			}
		}

		/** A word or a list of words, lower-cased. */
		Set<String> words(Node n, String what) {
			Set<String> out = new LinkedHashSet<>();
			if (n == null) {
				return out;
			}
			if (n instanceof ScalarNode) {
				out.add(string(n, what).toLowerCase(Locale.ROOT));
				return out;
			}
			for (Node w : list(n, what)) {
				out.add(string(w, what).toLowerCase(Locale.ROOT));
			}
			return out;
		}

		LinguisticRule rule(Node n, String language) {
			MappingNode m = map(n, "a rule");
			onlyKeys(m, Set.of("id", "type", "trigger", "from", "to", "properties", "set", "requires", "forbids", "unless",
					"modal", "confidence", "examples"));
			String id = string(required(m, "id"), "id");
			Node typeNode = required(m, "type");
			RelType type = RelType.fromName(string(typeNode, "type"))
				.orElseThrow(() -> error(typeNode, "unknown relationship type " + ((ScalarNode) typeNode).getValue()
						+ "; one of " + java.util.Arrays.toString(RelType.values())));
			MappingNode trig = map(required(m, "trigger"), "trigger");
			onlyKeys(trig, Set.of("lemmas", "pos"));
			Node lemmaNode = required(trig, "lemmas");
			Set<String> lemmas = words(lemmaNode, "lemmas");
			for (String l : lemmas) {
				if (language.equals("en") && !l.matches("[\\p{L}\\p{N}]+")) {
					throw error(lemmaNode, "the trigger " + l + " is not one word: tokens split at spaces and hyphens");
				}
			}
			Set<String> pos = new LinkedHashSet<>();
			for (String p : words(optional(trig, "pos"), "pos")) {
				String tag = p.toUpperCase(Locale.ROOT);
				if (!Set.of("VERB", "NOUN", "ADJ", "AUX", "ADP", "PROPN", "PRON").contains(tag)) {
					throw error(trig, "unknown part of speech " + tag + "; one of VERB, NOUN, ADJ, AUX, ADP, PROPN, PRON");
				}
				pos.add(tag);
			}
			LinguisticRule.Slot from = slot(required(m, "from"), type, true, false);
			LinguisticRule.Slot to = slot(required(m, "to"), type, false, false);
			Map<String, LinguisticRule.Source> properties = new LinkedHashMap<>();
			Node props = optional(m, "properties");
			if (props != null) {
				for (NodeTuple t : map(props, "properties").getValue()) {
					String property = property(t.getKeyNode(), type);
					String source = string(t.getValueNode(), property).toUpperCase(Locale.ROOT).replace('-', '_');
					try {
						properties.put(property, LinguisticRule.Source.valueOf(source));
					}
					catch (IllegalArgumentException ex) {
						throw error(t.getValueNode(), "unknown value source " + source.toLowerCase(Locale.ROOT) + "; one of "
								+ java.util.Arrays.stream(LinguisticRule.Source.values())
									.map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
					}
				}
			}
			Map<String, Object> fixed = new LinkedHashMap<>();
			Node set = optional(m, "set");
			if (set != null) {
				for (NodeTuple t : map(set, "set").getValue()) {
					fixed.put(property(t.getKeyNode(), type), string(t.getValueNode(), "a value"));
				}
			}
			LinguisticRule.Requires requires = window(optional(m, "requires"), "requires");
			LinguisticRule.Requires forbids = window(optional(m, "forbids"), "forbids");
			Node unlessNode = optional(m, "unless");
			LinguisticRule.Slot unless = unlessNode == null ? null : slot(unlessNode, type, false, true);
			LinguisticRule.Modal modal = LinguisticRule.Modal.STATUS;
			Node modalNode = optional(m, "modal");
			if (modalNode != null) {
				String v = string(modalNode, "modal").toUpperCase(Locale.ROOT);
				if (!v.equals("STATUS") && !v.equals("DROP")) {
					throw error(modalNode, "modal is status or drop, not " + v.toLowerCase(Locale.ROOT));
				}
				modal = LinguisticRule.Modal.valueOf(v);
			}
			double confidence = 0.75;
			Node conf = optional(m, "confidence");
			if (conf != null) {
				try {
					confidence = Double.parseDouble(string(conf, "confidence"));
				}
				catch (NumberFormatException ex) {
					throw error(conf, "confidence must be a number between 0 and 1");
				}
				if (!(confidence > 0 && confidence <= 1)) {
					throw error(conf, "confidence must be a number between 0 and 1");
				}
			}
			List<LinguisticRule.Example> examples = new ArrayList<>();
			Node ex = optional(m, "examples");
			if (ex != null) {
				for (Node e : list(ex, "examples")) {
					MappingNode em = map(e, "an example");
					onlyKeys(em, Set.of("says", "gives"));
					String says = string(required(em, "says"), "says");
					List<String> gives = new ArrayList<>();
					Node g = required(em, "gives");
					if (g instanceof ScalarNode s) {
						if (!s.getValue().strip().equals("nothing")) {
							gives.add(arrow(s));
						}
					}
					else {
						for (Node x : list(g, "gives")) {
							gives.add(arrow(x));
						}
					}
					examples.add(new LinguisticRule.Example(says, gives));
				}
			}
			return new LinguisticRule(id, language, type, new LinguisticRule.Trigger(lemmas, pos), from, to, properties,
					fixed, requires, forbids, unless, modal, confidence, examples, file + " line " + (n.getStartMark().getLine() + 1));
		}

		/** A {@code requires} or {@code forbids} window: lemmas and how many words away at most (8 by default). */
		private LinguisticRule.Requires window(Node node, String key) {
			if (node == null) {
				return null;
			}
			MappingNode rm = map(node, key);
			onlyKeys(rm, Set.of("lemmas", "within"));
			Node within = optional(rm, "within");
			int w = within == null ? 8 : integer(within, "within");
			if (w < 1) {
				throw error(within, "within must be 1 or more words");
			}
			return new LinguisticRule.Requires(words(required(rm, "lemmas"), "lemmas"), w);
		}

		private boolean flag(Node n, String what) {
			if (n == null) {
				return false;
			}
			String v = string(n, what);
			if (!v.equals("true") && !v.equals("false")) {
				throw error(n, what + " is true or false, not " + v);
			}
			return v.equals("true");
		}

		private String arrow(Node x) {
			String v = string(x, "an expected fact");
			if (!v.contains("->")) {
				throw error(x, "an expected fact is written \"<from name> -> <to name>\" (or the word nothing)");
			}
			return v;
		}

		private int integer(Node n, String what) {
			try {
				return Integer.parseInt(string(n, what));
			}
			catch (NumberFormatException ex) {
				throw error(n, what + " must be a whole number");
			}
		}

		private String property(Node key, RelType type) {
			String property = string(key, "a property");
			if (!type.properties().contains(property)) {
				throw error(key, "the contract gives " + type + " no property " + property + "; its properties: "
						+ type.properties());
			}
			return property;
		}

		LinguisticRule.Slot slot(Node n, RelType type, boolean start, boolean anyLabel) {
			MappingNode m = map(n, anyLabel ? "unless" : start ? "from" : "to");
			onlyKeys(m, Set.of("role", "via", "labels", "demonyms", "adjacent"));
			Node roleNode = required(m, "role");
			String roleName = string(roleNode, "role").toUpperCase(Locale.ROOT);
			LinguisticRule.Role role;
			try {
				role = LinguisticRule.Role.valueOf(roleName);
			}
			catch (IllegalArgumentException ex) {
				throw error(roleNode, "unknown role " + roleName.toLowerCase(Locale.ROOT)
						+ "; one of subject, object, pp, possessor, modifier, head");
			}
			List<String> via = new ArrayList<>(words(optional(m, "via"), "via"));
			if (role == LinguisticRule.Role.PP && via.isEmpty()) {
				throw error(m, "role pp needs via: the prepositions");
			}
			Set<Label> allowed = anyLabel ? EnumSet.allOf(Label.class) : start ? type.from() : type.to();
			Set<Label> labels = EnumSet.noneOf(Label.class);
			Node labelNode = optional(m, "labels");
			if (labelNode == null) {
				labels.addAll(allowed);
			}
			else {
				for (String l : words(labelNode, "labels")) {
					Label label = java.util.Arrays.stream(Label.values())
						.filter(x -> x.cypherName().equalsIgnoreCase(l)).findFirst()
						.orElseThrow(() -> error(labelNode, "unknown label " + l + "; one of "
								+ java.util.Arrays.stream(Label.values()).map(Label::cypherName).toList()));
					if (!allowed.contains(label)) {
						throw error(labelNode, "the contract does not let " + type + (start ? " start at " : " end at ")
								+ label.cypherName() + "; it allows " + allowed.stream().map(Label::cypherName).toList());
					}
					labels.add(label);
				}
			}
			boolean demonyms = flag(optional(m, "demonyms"), "demonyms");
			boolean adjacent = flag(optional(m, "adjacent"), "adjacent");
			if (role != LinguisticRule.Role.PP && !via.isEmpty()) {
				throw error(m, "via belongs to role pp, not " + role.name().toLowerCase(Locale.ROOT));
			}
			if (adjacent && role != LinguisticRule.Role.PP && role != LinguisticRule.Role.OBJECT) {
				throw error(m, "adjacent belongs to roles pp and object, not " + role.name().toLowerCase(Locale.ROOT));
			}
			return new LinguisticRule.Slot(role, via, labels, demonyms, adjacent);
		}
	}
}
