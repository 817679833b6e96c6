/**
 * Helpers shared by the built-in metrics: the wording of explanations and canonical orders. Not
 * exported: nothing here is for users, and it may change without notice.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
