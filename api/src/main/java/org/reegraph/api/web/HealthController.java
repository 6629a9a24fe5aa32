package org.reegraph.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * {@code GET /health}: {@code {"status":"UP"}} (200) when Neo4j answers, {@code {"status":"DOWN"}} (503) with
 * the reason when it does not. Checked on every call, so it turns UP again as soon as Neo4j is back.
 */
@Controller("/health")
final class HealthController {

	private final Driver driver;

	HealthController(Driver driver) {
		this.driver = driver;
	}

	@Get(produces = "application/json")
	@ExecuteOn(TaskExecutors.BLOCKING)
	HttpResponse<Map<String, Object>> health() {
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			driver.verifyConnectivity();
			body.put("status", "UP");
			body.put("neo4j", "UP");
			return HttpResponse.ok(body);
		}
		catch (Neo4jException | IllegalStateException ex) {
			body.put("status", "DOWN");
			body.put("neo4j", "DOWN");
			body.put("reason", "Neo4j is not reachable: " + ex.getMessage());
			return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
		}
	}
}
