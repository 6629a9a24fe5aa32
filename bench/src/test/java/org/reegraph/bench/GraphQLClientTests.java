package org.reegraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the benchmark client sends and what it counts as an answer, against a local HTTP server. */
class GraphQLClientTests {

	private HttpServer server;

	private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();

	private final List<String> contentTypes = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "{\"data\":{\"__typename\":\"Query\"}}";

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/graphql", exchange -> {
			acceptEncodings.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
			contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
			bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
	}

	@Test
	void postsJsonWithoutOfferingCompressionAndReturnsTheAnswer() {
		try (GraphQLClient client = new GraphQLClient(url(), 1)) {
			String text = client.post(GraphQLClient.Body.of("query($id: ID!) { entity(id: $id) { name } }",
					Map.of("id", "country:CN")));

			assertThat(text).isEqualTo(answer);
		}
		// Micronaut compresses any answer of 1 kB or more when asked; the floor (Bolt) never compresses.
		assertThat(acceptEncodings).containsExactly("null");
		assertThat(contentTypes).containsExactly("application/json");
		assertThat(bodies.get(0)).contains("\"query\":\"query($id: ID!) { entity(id: $id) { name } }\"",
				"\"variables\":{\"id\":\"country:CN\"}");
	}

	@Test
	void anErrorStatusOrAnErrorsMemberIsNotAnAnswer() {
		try (GraphQLClient client = new GraphQLClient(url(), 1)) {
			GraphQLClient.Body body = GraphQLClient.Body.of("{ __typename }", Map.of());
			answer = "{\"errors\":[{\"message\":\"Validation error\"}]}";
			assertThatThrownBy(() -> client.post(body)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("GraphQL answered 200").hasMessageContaining("Validation error");
			assertThat(client.answers(body)).isFalse();

			answer = "busy";
			status = 503;
			assertThatThrownBy(() -> client.post(body)).hasMessageContaining("GraphQL answered 503: busy");
			assertThat(bodies).as("no retry of a failed request").hasSize(3);
		}
	}

	@Test
	void aServerThatIsNotListeningIsNotAnAnswerYet() {
		int port = server.getAddress().getPort();
		server.stop(0);
		try (GraphQLClient client = new GraphQLClient("http://127.0.0.1:" + port + "/graphql", 1)) {
			assertThat(client.answers(GraphQLClient.Body.of("{ __typename }", Map.of()))).isFalse();
		}
	}
}
