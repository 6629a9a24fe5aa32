package org.reegraph.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpEndpointsIT {

	@Test
	void healthIsUpWithNeo4jReachable() {
		var response = TestApi.get(TestApi.server(), "/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void graphqlAnswersGetRequestsToo() {
		String q = URLEncoder.encode("{ element(symbol: \"Dy\") { id } }", StandardCharsets.UTF_8);
		var response = TestApi.get(TestApi.server(), "/graphql?query=" + q);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("element:Dy");
	}

	@Test
	void graphiqlIsServedWithItsAssetsFromThisServer() {
		var page = TestApi.get(TestApi.server(), "/graphiql");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("graphiql.min.js").doesNotContain("https://");
		for (String asset : new String[] { "/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/graphiql/2.4.7/graphiql.min.css",
				"/webjars/react/18.2.0/umd/react.production.min.js", "/webjars/react-dom/18.2.0/umd/react-dom.production.min.js" }) {
			assertThat(page.body()).contains(asset);
			var response = TestApi.get(TestApi.server(), asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.body().length()).as(asset).isGreaterThan(1000);
		}
	}
}
