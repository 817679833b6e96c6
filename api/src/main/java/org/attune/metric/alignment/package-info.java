/**
 * The built-in alignment metrics (DESIGN section 5): how well a provider fits a customer's own logic.
 *
 * <p>Micro level, over profiles: {@link org.attune.metric.alignment.ProfileDeviation} and {@link
 * org.attune.metric.alignment.Matching} (Venkatraman 1989), {@link
 * org.attune.metric.alignment.AbsoluteDifference} and {@link
 * org.attune.metric.alignment.SelfCongruity} (Sirgy 1982, 1997), {@link
 * org.attune.metric.alignment.Cosine}, {@link org.attune.metric.alignment.Shortfall} (Oliver 1980).
 * In each, C is the customer's own logic {@code (c, c)}, whose dimensions D and weights w decide
 * what counts, and P the other profile (the provider's own logic {@code (p, p)}, or for
 * self-congruity the customer's image of the provider {@code (c, p)}); a dimension P lacks counts as
 * level 0.
 *
 * <p>Meso level, over the customer ecosystem: {@link org.attune.metric.alignment.ActivityCoverage}
 * and {@link org.attune.metric.alignment.EcosystemReach}. Macro level, over institutions: {@link
 * org.attune.metric.alignment.Institutional}.
 *
 * <p>Every metric here is stateless, immutable and thread-safe.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric.alignment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
