/**
 * Customer dominance, after the orchestra image of Customer-Dominant Logic: where a customer's
 * value-in-use forms (the provider, joint and customer spheres of Grönroos &amp; Voima 2013), which
 * actor's contributions carry most of it (who conducts), whether a provider is invited into the
 * customer's value formation, and one dominance index in [0, 1]. See {@link
 * org.attune.dominance.CustomerDominance}.
 *
 * <p>Every type here is immutable, null-hostile and safe to share between threads.
 */
@CheckReturnValue
@NullMarked
package org.attune.dominance;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
