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
 * level 0. Self-congruity also reads the customer's ideal, social and ideal social selves, and
 * shortfall the expected against the perceived performance, where the customer holds them
 * (perspectives of those {@link org.attune.model.Aspect aspects}).
 *
 * <p>Meso level, over the customer ecosystem: {@link org.attune.metric.alignment.ActivityCoverage},
 * {@link org.attune.metric.alignment.EcosystemReach} and {@link
 * org.attune.metric.alignment.Partnership} (Gummesson 2004, as the partnership essay presents him).
 * Macro level, over institutions, by Scott's three pillars: {@link
 * org.attune.metric.alignment.Institutional}.
 *
 * <p>Every metric here is stateless, immutable and thread-safe.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric.alignment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
