package org.reegraph.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.configuration.graphql.GraphQLJsonSerializer;
import io.micronaut.configuration.graphql.GraphQLResponseBody;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import org.reactivestreams.Publisher;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.reegraph.api.ApiConfig;
import org.reegraph.api.telemetry.Propagation;
import org.reegraph.api.telemetry.RequestMetrics;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

/**
 * {@code /graphql} as the GraphQL-over-HTTP specification describes it, in place of micronaut-graphql's controller:
 * <ul>
 * <li>the response is {@code application/graphql-response+json} when the client asks for it, else
 * {@code application/json} (no preference, {@code *}{@code /*}); a client that accepts neither gets 406;</li>
 * <li>under {@code application/graphql-response+json} a request that fails before execution (the document does not
 * parse or validate, variables do not coerce, a limit refuses it: no {@code data} entry) is answered 400; under
 * {@code application/json} it stays 200, as existing clients expect;</li>
 * <li>a request that is not a well-formed GraphQL request (body not JSON, a batch, {@code query} missing or not a
 * string, {@code variables} or {@code extensions} not maps) is 400 under either type;</li>
 * <li>a POST that is not {@code application/json} (or {@code application/graphql}, kept for older clients) is 415;
 * a mutation over GET is 405 with {@code Allow: POST}.</li>
 * </ul>
 * Execution itself is unchanged: the request customizer gives each request its context, then the engine runs.
 */
@Controller("${graphql.path:/graphql}")
@Replaces(GraphQLController.class)
final class GraphQLHttpController {

	private static final String GRAPHQL_BODY = "application/graphql";

	private final GraphQL graphQL;
	private final GraphQLExecutionInputCustomizer customizer;
	private final GraphQLJsonSerializer json;
	private final GetOperations getOperations;
	private final RequestMetrics metrics;
	private final Tracer tracer;

	GraphQLHttpController(GraphQL graphQL, GraphQLExecutionInputCustomizer customizer, GraphQLJsonSerializer json,
			ApiConfig config, RequestMetrics metrics, Tracer tracer) {
		this.graphQL = graphQL;
		this.customizer = customizer;
		this.json = json;
		this.getOperations = new GetOperations(config.maxQueryLength());
		this.metrics = metrics;
		this.tracer = tracer;
	}

	@Get(produces = MediaType.ALL, single = true)
	Publisher<MutableHttpResponse<String>> get(HttpRequest<?> request) {
		long started = System.nanoTime();
		Optional<ResponseMediaType> type = ResponseMediaType.negotiate(request.getHeaders().getAll(HttpHeaders.ACCEPT));
		if (type.isEmpty()) {
			return refused(notAcceptable(), started);
		}
		GraphQLRequest graphql;
		try {
			Map<String, Object> parameters = new LinkedHashMap<>();
			request.getParameters().getFirst("query").ifPresent(q -> parameters.put("query", q));
			request.getParameters().getFirst("operationName").ifPresent(o -> parameters.put("operationName", o));
			for (String encoded : List.of("variables", "extensions")) {
				Optional<String> value = request.getParameters().getFirst(encoded);
				if (value.isPresent()) {
					parameters.put(encoded, decode(value.get(), "The parameter \"" + encoded + "\" of a GET request must be "
							+ "URL-encoded JSON"));
				}
			}
			graphql = GraphQLRequest.of(parameters);
		}
		catch (GraphQLRequest.Malformed ex) {
			return refused(error(type.get(), HttpStatus.BAD_REQUEST, ex.getMessage(), "BAD_REQUEST"), started);
		}
		if (getOperations.isMutation(graphql.query(), graphql.operationName())) {
			return refused(error(type.get(), HttpStatus.METHOD_NOT_ALLOWED, "Mutations must be sent with POST, not GET.",
					"BAD_REQUEST").header(HttpHeaders.ALLOW, "POST"), started);
		}
		return execute(graphql, type.get(), request, started);
	}

	@Post(consumes = MediaType.ALL, produces = MediaType.ALL, single = true)
	Publisher<MutableHttpResponse<String>> post(@Nullable @Body String body, HttpRequest<?> request) {
		long started = System.nanoTime();
		Optional<ResponseMediaType> type = ResponseMediaType.negotiate(request.getHeaders().getAll(HttpHeaders.ACCEPT));
		if (type.isEmpty()) {
			return refused(notAcceptable(), started);
		}
		Optional<MediaType> contentType = request.getContentType();
		String text = body == null ? "" : body;
		GraphQLRequest graphql;
		try {
			if (contentType.isPresent() && isJson(contentType.get())) {
				graphql = GraphQLRequest.of(decode(text, "The request body is not JSON"));
			}
			else if (contentType.isPresent() && contentType.get().getName().equalsIgnoreCase(GRAPHQL_BODY)) {
				graphql = GraphQLRequest.of(Map.of("query", text));
			}
			else {
				return refused(error(type.get(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST the GraphQL request as JSON with "
						+ "the header Content-Type: application/json" + contentType.map(t -> " (the request's Content-Type is "
								+ t + ")").orElse(" (the request has no Content-Type)") + ".", "BAD_REQUEST"), started);
			}
		}
		catch (GraphQLRequest.Malformed ex) {
			return refused(error(type.get(), HttpStatus.BAD_REQUEST, ex.getMessage(), "BAD_REQUEST"), started);
		}
		return execute(graphql, type.get(), request, started);
	}

	private static boolean isJson(MediaType contentType) {
		if (!contentType.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
			return false;
		}
		// JSON is UTF-8; a body declared in another charset is refused rather than misread.
		String charset = contentType.getParameters().get("charset").orElse("utf-8");
		return charset.replace("\"", "").trim().toLowerCase(Locale.ROOT).equals("utf-8");
	}

	private Object decode(String text, String whatIsWrong) {
		if (text.isBlank()) {
			throw new GraphQLRequest.Malformed(whatIsWrong + ": it is empty. Send one JSON object such as "
					+ "{\"query\": \"{ element(symbol: \\\"Dy\\\") { name } }\"}.");
		}
		try {
			return json.deserialize(text, Object.class);
		}
		catch (RuntimeException ex) {
			throw new GraphQLRequest.Malformed(whatIsWrong + ". Send one JSON object such as "
					+ "{\"query\": \"{ element(symbol: \\\"Dy\\\") { name } }\", \"variables\": {}}.");
		}
	}

	private Publisher<MutableHttpResponse<String>> refused(MutableHttpResponse<String> response, long started) {
		metrics.recordInvalid(System.nanoTime() - started);
		return Mono.just(response);
	}

	private Publisher<MutableHttpResponse<String>> execute(GraphQLRequest graphql, ResponseMediaType type,
			HttpRequest<?> request, long started) {
		ExecutionInput input = ExecutionInput.newExecutionInput()
			// graphql-java needs a query text; a persisted query's hash stands for it (PersistedQuerySupport reads it).
			.query(graphql.query() == null ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : graphql.query())
			.operationName(graphql.operationName())
			.variables(graphql.variables())
			.extensions(graphql.extensions())
			.build();
		MutableHttpResponse<String> response = HttpResponse.ok();
		Span span = RequestSpans.start(tracer, request, graphql.operationName());
		String requestId = RequestIds.of(request);
		return Mono.from(customizer.customize(input, request, response))
			.flatMap(customized -> Mono.fromFuture(() -> {
				// The engine parses and starts the fetchers on this thread: they and their statements inherit the
				// request's span and id (Propagation carries both to the statement threads).
				try (Scope scope = span.makeCurrent(); MDC.MDCCloseable id = MDC.putCloseable(Propagation.REQUEST_ID,
						requestId == null ? "-" : requestId)) {
					return graphQL.executeAsync(customized);
				}
			}))
			// graphql-java throws some request errors (an operation it cannot choose) instead of returning them.
			.onErrorResume(ex -> unwrap(ex) instanceof GraphQLError, ex -> Mono.just(ExecutionResult.newExecutionResult()
				.addError((GraphQLError) unwrap(ex)).build()))
			.map(result -> {
				MutableHttpResponse<String> answer = respond(response, result, type);
				metrics.record(graphql.operationName(), System.nanoTime() - started, classifications(result));
				RequestSpans.end(span, answer.code(), result.getErrors().size());
				return answer;
			})
			.doOnError(ex -> RequestSpans.end(span, 500, 1));
	}

	private static List<String> classifications(ExecutionResult result) {
		return result.getErrors().stream().map(error -> {
			Object classification = error.getExtensions() == null ? null : error.getExtensions().get("classification");
			return classification != null ? classification.toString() : String.valueOf(error.getErrorType());
		}).toList();
	}

	private static Throwable unwrap(Throwable ex) {
		return ex instanceof java.util.concurrent.CompletionException && ex.getCause() != null ? ex.getCause() : ex;
	}

	private MutableHttpResponse<String> respond(MutableHttpResponse<String> response, ExecutionResult result,
			ResponseMediaType type) {
		// No data entry: the request failed before execution. The specification's type says so with a 400.
		if (type == ResponseMediaType.GRAPHQL_RESPONSE_JSON && !result.isDataPresent()) {
			response.status(HttpStatus.BAD_REQUEST);
		}
		return response.contentType(type.contentType())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(json.serialize(new GraphQLResponseBody(result.toSpecification())));
	}

	private MutableHttpResponse<String> error(ResponseMediaType type, HttpStatus status, String message,
			String classification) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", classification));
		Map<String, Object> body = Map.of("errors", List.of(error));
		return HttpResponse.<String>status(status).contentType(type.contentType())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(json.serialize(body));
	}

	private MutableHttpResponse<String> notAcceptable() {
		return error(ResponseMediaType.JSON, HttpStatus.NOT_ACCEPTABLE, "The response can be sent as "
				+ "application/graphql-response+json or application/json; the request's Accept header allows neither.",
				"BAD_REQUEST");
	}
}
