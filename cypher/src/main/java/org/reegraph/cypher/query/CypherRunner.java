package org.reegraph.cypher.query;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.reegraph.cypher.Statements;

/**
 * Runs one named statement in a read transaction with a timeout and returns its rows, mapped by the caller or as
 * plain Java maps.
 * <p>
 * The transaction is an auto-commit one rather than a retrying {@code executeRead}: a request must fail fast when
 * Neo4j is down (the caller retries), and the driver's retry loop would hold it for up to its retry time; and a
 * single read statement needs no explicit transaction (that would cost a round trip more per statement).
 */
final class CypherRunner {

	private final Driver driver;
	private final SessionConfig sessionConfig;
	private final TransactionConfig txConfig;
	private final QueryOptions options;

	/** Statements this runner has had Neo4j plan already. */
	private final Set<String> planned = ConcurrentHashMap.newKeySet();

	private static final Duration PLANNING_TIMEOUT = Duration.ofMinutes(2);

	CypherRunner(Driver driver, QueryOptions options) {
		this.driver = driver;
		this.options = options;
		SessionConfig.Builder session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		if (options.database() != null) {
			session.withDatabase(options.database());
		}
		this.sessionConfig = session.build();
		this.txConfig = TransactionConfig.builder().withTimeout(options.timeout()).build();
	}

	/** {@return the statement's rows as plain Java maps (the driver's graph types left as they are)} */
	List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
		return run(name, parameters, Record::asMap);
	}

	/** {@return the statement's records, for the caller to read their values} */
	List<Record> records(String name, Map<String, Object> parameters) {
		return run(name, parameters, record -> record);
	}

	/**
	 * Runs the statement and maps each of its records while the session is open.
	 *
	 * @param name the statement's name
	 * @param parameters its parameters
	 * @param mapper maps one record (straight from the driver's values, with no maps built in between)
	 * @return the mapped rows, in the statement's order
	 */
	<T> List<T> run(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
		Map<String, Object> params = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		options.observer().beforeQuery(name, params);
		String statement = Statements.query(name);
		if (!planned.contains(name)) {
			plan(name, params);
		}
		long started = System.nanoTime();
		Throwable failure = null;
		try (var session = driver.session(sessionConfig)) {
			// an auto-commit read: one round trip (RUN and PULL pipelined) instead of BEGIN/RUN/COMMIT
			return session.run(statement, params, txConfig).list(mapper);
		}
		catch (RuntimeException ex) {
			RuntimeException translated = translate(ex);
			failure = translated;
			throw translated;
		}
		finally {
			options.observer().afterQuery(name, System.nanoTime() - started, failure);
		}
	}

	/** {@return the driver's failure as the query API reports it: unavailable, timed out, too large, or as it is} */
	private RuntimeException translate(RuntimeException ex) {
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException) {
			return new GraphUnavailableException(ex);
		}
		if (ex instanceof ClientException || ex instanceof TransientException) {
			String code = ((Neo4jException) ex).code();
			if (isTimeout(code)) {
				return new QueryTimeoutException(options.timeout(), (Neo4jException) ex);
			}
			if (isMemoryLimit(code)) {
				return new QueryMemoryException((Neo4jException) ex);
			}
		}
		return ex;
	}

	/**
	 * Has Neo4j plan the statement once (EXPLAIN: planned and cached, not run) outside the query timeout. The first
	 * planning of the larger statements in a fresh Neo4j can take longer than the timeout on a small, busy machine;
	 * the timeout is meant to bound the work of answering, not that one-time cost.
	 *
	 * @return whether Neo4j planned it (failures are not fatal: the statement is planned when it runs, and a real
	 *         error is reported then)
	 */
	boolean plan(String name, Map<String, Object> params) {
		try (var session = driver.session(sessionConfig);
				var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(PLANNING_TIMEOUT).build())) {
			tx.run("EXPLAIN " + Statements.query(name), params).consume();
			tx.commit();
			planned.add(name);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * {@return whether Neo4j stopped the statement for using more memory than a transaction, or all of them, may}
	 *
	 * @param code the Neo4j status code
	 */
	static boolean isMemoryLimit(String code) {
		return code != null && (code.endsWith(".TransactionMemoryLimit") || code.endsWith(".MemoryPoolOutOfMemoryError"));
	}

	private static boolean isTimeout(String code) {
		return code != null && (code.contains("TransactionTimedOut") || code.contains("TransactionTimedOutClientConfiguration"));
	}
}
