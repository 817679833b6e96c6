/**
 * Pictures as SVG documents, each a string that opens from disk with no network and no script.
 *
 * <ul>
 *   <li>{@link org.attune.report.EcosystemPicture}: the customer ecosystem (Heinonen &amp;
 *       Strandvik's customer-dominant logic), the customer at the centre, rings by distance;
 *   <li>{@link org.attune.report.ProfilePicture}: the customer's logic against a provider's
 *       offering or model, dimension by dimension, weighted (Venkatraman's profile deviation);
 *   <li>{@link org.attune.report.LineChart}: trajectories over time, with gaps where a value is
 *       undefined;
 *   <li>{@link org.attune.report.FollowsPicture}: the directly-follows graph of journeys with
 *       counts (van der Aalst's process mining).
 * </ul>
 *
 * <p>Every picture is immutable and thread-safe, and its {@code svg()} is deterministic: the same
 * input gives the same bytes, with numbers written in {@link java.util.Locale#ROOT} with fixed
 * decimals. Labels name elements by id unless names are asked for, as names can be personal data.
 */
@NullMarked
package org.attune.report;

import org.jspecify.annotations.NullMarked;
