/**
 * The metrics SPI: {@link org.attune.metric.Metric} and its two families {@link
 * org.attune.metric.AlignmentMetric} and {@link org.attune.metric.AttunementMetric}, the {@link
 * org.attune.metric.Dyad} a metric measures, the {@link org.attune.metric.Score} it gives with its
 * {@link org.attune.metric.Contribution}s, {@link org.attune.metric.CompositeMetric}s, discovery of
 * {@link org.attune.metric.MetricProvider}s into a {@link org.attune.metric.MetricRegistry}, and the
 * multi-level {@link org.attune.metric.AlignmentReport}.
 *
 * <p>The built-in metrics live in {@link org.attune.metric.alignment} and {@link
 * org.attune.metric.attunement}. Every type here is immutable, null-hostile and safe to share between
 * threads, except builders, which say so.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
