package org.reegraph.loader.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.model.EntityId;
import org.reegraph.model.Label;
import org.reegraph.model.catalog.Catalog;

/**
 * Resolution across documents: remembers the companies, mines and programmes a document named by pattern (the
 * catalog lacks them) so that the next documents find them by name, under the same id, even where their shape
 * alone would not. Keeps the {@link Gazetteer} of the catalog and of the names learned so far, rebuilt only when a
 * document taught a new name. Not thread-safe; one per run.
 */
public final class NameLearner {

	private static final Set<Label> LEARNABLE = EnumSet.of(Label.COMPANY, Label.MINE, Label.PROGRAM);

	/** Shorter names would be found inside too many other words and names. */
	private static final int SHORTEST_NAME = 4;

	private final Catalog catalog;
	private final List<Gazetteer.LearnedName> learned = new ArrayList<>();
	private final Set<String> learnedKeys = new HashSet<>();
	private Gazetteer gazetteer;
	private int learnedAtBuild;

	/**
	 * Creates a learner that knows the catalog only.
	 *
	 * @param catalog the reference catalog
	 */
	public NameLearner(Catalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "The name learner needs the reference catalog.");
		this.gazetteer = Gazetteer.build(catalog, List.of());
	}

	/** {@return the gazetteer of the catalog and of every name learned so far} */
	public Gazetteer gazetteer() {
		if (learned.size() > learnedAtBuild) {
			gazetteer = Gazetteer.build(catalog, learned);
			learnedAtBuild = learned.size();
		}
		return gazetteer;
	}

	/**
	 * Remembers the companies, mines and programmes a document named that the catalog does not know, each under
	 * every name of four characters or more the document used for it.
	 *
	 * @param doc the document read (a rejected one teaches nothing)
	 */
	public void learn(DocumentExtraction doc) {
		for (ExtractedEntity e : doc.entities()) {
			Label label = Label.fromName(e.label()).orElseThrow();
			if (!LEARNABLE.contains(label) || catalog.byId(e.id()).isPresent()) {
				continue;
			}
			for (String alias : e.aliases()) {
				if (alias.length() >= SHORTEST_NAME && learnedKeys.add(e.id() + "|" + alias)) {
					learned.add(new Gazetteer.LearnedName(alias, new EntityRef(EntityId.parse(e.id()), e.name(),
							e.properties())));
				}
			}
		}
	}
}
