/**
 * The service ecosystem (Vargo &amp; Lusch 2016) and the customer ecosystem around one customer (Voima,
 * Heinonen &amp; Strandvik 2011): {@link org.attune.ecosystem.ServiceEcosystem}, its builder, its
 * queries and its read-only JGraphT view.
 */
@CheckReturnValue
@NullMarked
package org.attune.ecosystem;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
