/**
 * Journey analytics and mining over {@link org.attune.model.Journey}s: the touchpoint mix by ownership
 * and stage (Lemon &amp; Verhoef 2016), the directly-follows graph with transition counts,
 * probabilities, waiting times, variants and drop-off (van der Aalst 2016), planned-versus-actual
 * conformance (Halvorsrud, Kvale &amp; Følstad 2016), the emotion curve and its peak-end score
 * (Kahneman et al. 1993), blind spots outside the brand's control, and the relationship over all of
 * one customer's journeys.
 *
 * <p>Every result type here is immutable, null-hostile, deterministic (ties are broken explicitly,
 * never by hash order) and thread-safe; builders are the only mutable types and say so.
 */
@CheckReturnValue
@NullMarked
package org.attune.journey;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
