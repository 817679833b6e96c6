/**
 * The JSON exchange format of Attune: an ecosystem, and a history of its versions, written and read
 * as a stream, its format version checked first on read.
 */
@NullMarked
package org.attune.exchange;

import org.jspecify.annotations.NullMarked;
