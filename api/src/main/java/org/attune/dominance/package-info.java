/**
 * Customer dominance, after the orchestra image of Customer-Dominant Logic: where a customer's
 * value-in-use forms (the provider, joint and customer spheres of Grönroos &amp; Voima 2013) and on
 * whose side, which actors carry most of it (the value leader), who directs it (the conductor, from
 * who takes the initiative), the arrangement (exchange, co-creation led by the provider,
 * customer-dominant), whether a provider is invited into the customer's value formation, and how
 * servitized a provider's relationship with a customer is. See {@link
 * org.attune.dominance.CustomerDominance} and {@link org.attune.dominance.Servitization}.
 *
 * <p>Every type here is immutable, null-hostile and safe to share between threads.
 */
@CheckReturnValue
@NullMarked
package org.attune.dominance;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
