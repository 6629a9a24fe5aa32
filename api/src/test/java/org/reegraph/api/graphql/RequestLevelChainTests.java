package org.reegraph.api.graphql;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import org.junit.jupiter.api.Test;
import org.reegraph.api.ApiConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLevelChainTests {

	/** A member that wants to see every field fetch: the chain would never call it, so it must refuse it. */
	static final class FieldWatcher extends SimplePerformantInstrumentation {
		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return FieldFetchingInstrumentationContext.NOOP;
		}
	}

	@Test
	void refusesAMemberThatLooksAtFieldsNamingItAndTheHook() {
		assertThatThrownBy(() -> new RequestLevelChain(List.of(new SimplePerformantInstrumentation(), new FieldWatcher())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage(FieldWatcher.class.getName() + " overrides the field-level hook beginFieldFetching, which "
					+ "RequestLevelChain does not call: chain it with graphql-java's ChainedInstrumentation instead.");
	}

	@Test
	void theLimitsAreRequestLevelOnlyAndAllRunInTheChain() {
		ChainedInstrumentation limits = (ChainedInstrumentation) Limits.instrumentation(new ApiConfig(12, 20000, 100, 6,
				java.time.Duration.ofSeconds(10), null, 100000, 15000, 30, true));

		assertThat(limits).isInstanceOf(RequestLevelChain.class);
		assertThat(limits.getInstrumentations()).hasSize(4);
		assertThat(limits.getInstrumentations().get(0)).isInstanceOf(QuerySize.class);
		assertThat(limits.getInstrumentations().get(1)).isInstanceOf(ArgumentLimits.class);
	}
}
