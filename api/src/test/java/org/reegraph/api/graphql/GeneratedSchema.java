package org.reegraph.api.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.reegraph.model.GraphContract;

/**
 * Writes {@code api/src/main/resources/relations.graphqls} from the contract ({@link RelationSchema}). Run by
 * {@code ./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes}; lives in the test sources, so the API
 * ships the generated file only.
 */
public final class GeneratedSchema {

	private GeneratedSchema() {
	}

	/**
	 * Regenerates.
	 *
	 * @param args the api module's folder
	 * @throws IOException when the file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("Usage: GeneratedSchema <api module folder>");
		}
		Path target = Path.of(args[0]).toAbsolutePath().normalize().resolve("src/main/resources").resolve(RelationSchema.FILE);
		Files.writeString(target, RelationSchema.source(GraphContract.relationships()), StandardCharsets.UTF_8);
		System.out.println("Generated " + target);
	}
}
