/**
 * Helpers shared by the metric packages: chunked batch scoring and the wording of explanations. Not
 * exported: nothing here is for users, and it may change without notice.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
