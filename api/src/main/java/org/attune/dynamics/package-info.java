/**
 * Dynamics, after the flexibility essay: customers change, what was right keeps changing, and a
 * customer-centred firm re-evaluates and co-evolves with its customers. Histories of ecosystem
 * versions in time, metric trajectories for a dyad and a cohort, drift alerts, adaptive expectations
 * and disconfirmation (Oliver 1980).
 *
 * <p>Every type here is immutable, null-hostile and safe to share between threads, unless it says it
 * is a builder.
 */
@CheckReturnValue
@NullMarked
package org.attune.dynamics;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
