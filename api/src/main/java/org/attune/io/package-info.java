/**
 * Event-log import: {@link org.attune.io.EventLogs} reads XES (IEEE 1849-2016 and the older 1.0 files,
 * plain or gzip) and CSV logs into an {@link org.attune.io.EventLog} of episodes and journeys, as a
 * {@link org.attune.io.LogMapping} says, and accounts for every trace and event it did not import in
 * an {@link org.attune.io.ImportReport}.
 *
 * <p>XML is read as a stream (StAX) with DTDs and external entities off, so memory stays bounded by
 * the output and a log can neither make Attune read a local file nor expand entities. Every type here
 * is immutable, null-hostile and thread-safe except the builders, which are mutable and say so.
 */
@CheckReturnValue
@NullMarked
package org.attune.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
