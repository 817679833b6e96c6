/**
 * The wiring of the built-in metrics: the library's own {@link org.attune.metric.MetricProvider}.
 * Not exported; users reach it through {@link
 * org.attune.metric.MetricRegistry#builtInProvider()}. It depends on the SPI and on the built-ins,
 * and nothing in the SPI depends on it, so that the packages of the metrics form no cycle.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric.internal.builtin;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
