/**
 * JMH benchmarks of Attune, each against a baseline in the same run; the figures are in {@code
 * docs/PERFORMANCE.md}.
 */
@CheckReturnValue
@NullMarked
package org.attune.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
