/**
 * Argument checks and text rules shared by the modules of Attune; not part of the API: the module
 * exports this package to {@code org.attune.api} only, and it may change in any release.
 */
@CheckReturnValue
@NullMarked
package org.attune.model.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
