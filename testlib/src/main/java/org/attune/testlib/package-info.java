/**
 * The test kit: {@link org.attune.testlib.AttuneAssertions}, one entry point to AssertJ assertions
 * on scores, ecosystems, theory reports and alignment reports; {@link
 * org.attune.testlib.MetricTester}, which holds a metric to the contract of {@link
 * org.attune.metric.Metric} over seeded random ecosystems; and {@link
 * org.attune.testlib.RuleTester}, which does the same for a {@link org.attune.theory.Rule}. Each
 * tester is configured fluently and ends in one call, {@code test()}, that throws an {@link
 * AssertionError} naming the clause that broke and the input it broke on, as guava-testlib's {@code
 * EqualsTester} does.
 */
@CheckReturnValue
@NullMarked
package org.attune.testlib;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
