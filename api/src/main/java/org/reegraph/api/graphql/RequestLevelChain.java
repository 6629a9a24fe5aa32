package org.reegraph.api.graphql;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * Several request-level instrumentations (the {@link Limits}) run as one.
 * <p>
 * graphql-java's {@link ChainedInstrumentation} calls every member at every field of every answer, and allocates
 * a chained context each time, even when no member looks at fields; on a 10^5-node {@code supplyShares} answer
 * (some 850 kB of JSON) that was ~8 % of the server's CPU. This chain passes the request-level hooks (state, parse,
 * validation, operation) to its members and answers the field-level ones itself, the way
 * {@link SimplePerformantInstrumentation} does: nothing to do. So that no member is ever skipped without notice,
 * the constructor refuses one that overrides a field-level hook.
 */
final class RequestLevelChain extends ChainedInstrumentation {

	/** The hooks graphql-java calls per object or per field; this chain does not pass them on. */
	static final Set<String> FIELD_HOOKS = Set.of("beginExecuteObject", "beginFieldExecution", "beginFieldFetch",
			"beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion", "instrumentDataFetcher",
			"beginDeferredField", "beginSubscribedFieldEvent");

	RequestLevelChain(List<Instrumentation> members) {
		super(members);
		for (Instrumentation member : members) {
			for (Method method : member.getClass().getMethods()) {
				Class<?> owner = method.getDeclaringClass();
				if (FIELD_HOOKS.contains(method.getName()) && owner != SimplePerformantInstrumentation.class
						&& owner != Instrumentation.class) {
					throw new IllegalArgumentException(member.getClass().getName() + " overrides the field-level hook "
							+ method.getName() + ", which " + RequestLevelChain.class.getSimpleName()
							+ " does not call: chain it with graphql-java's ChainedInstrumentation instead.");
				}
			}
		}
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return ExecuteObjectInstrumentationContext.NOOP;
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return FieldFetchingInstrumentationContext.NOOP;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return dataFetcher;
	}
}
