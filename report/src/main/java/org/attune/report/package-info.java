/**
 * Pictures as SVG documents, each a string that opens from disk with no network and no script, and
 * one HTML page to hold them.
 *
 * <ul>
 *   <li>{@link org.attune.report.EcosystemPicture}: the customer ecosystem (Heinonen &amp;
 *       Strandvik's customer-dominant logic), the customer at the centre, rings by distance;
 *   <li>{@link org.attune.report.ProfilePicture}: the customer's logic against a provider's
 *       offering or model, dimension by dimension, weighted (Venkatraman's profile deviation);
 *   <li>{@link org.attune.report.LineChart}: trajectories over time, with gaps where a value is
 *       undefined;
 *   <li>{@link org.attune.report.FollowsPicture}: the directly-follows graph of journeys with
 *       counts (van der Aalst's process mining);
 *   <li>{@link org.attune.report.DominancePicture}: where the customer's value forms and who
 *       conducts (Heinonen's orchestra, customer-dominant logic), readings side by side.
 * </ul>
 *
 * <p>{@link org.attune.report.HtmlReport} sets text reports beside their pictures in one
 * self-contained HTML page.
 *
 * <p>Every picture is immutable and thread-safe, and its {@code svg()} is deterministic: the same
 * input gives the same bytes, with numbers written in {@link java.util.Locale#ROOT} with fixed
 * decimals. Labels name elements by id unless names are asked for, as names can be personal data.
 */
@NullMarked
package org.attune.report;

import org.jspecify.annotations.NullMarked;
