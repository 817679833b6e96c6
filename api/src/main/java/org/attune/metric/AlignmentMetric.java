package org.attune.metric;

/**
 * A metric of alignment: how well a provider fits a customer's own logic (CDL: the customer's logic
 * decides what counts; Heinonen &amp; Strandvik 2015). The built-ins, in {@link
 * org.attune.metric.alignment}, follow profile fit (Venkatraman 1989), self-congruity (Sirgy 1982),
 * expectation–disconfirmation (Oliver 1980), being invited into the customer's activities, reaching
 * the customer's ecosystem and sharing its institutions.
 *
 * <p>A marker: it adds nothing to {@link Metric}'s contract, but lets a {@link MetricRegistry} look
 * alignment metrics up by family ({@link MetricRegistry#alignment(String)}).
 */
public interface AlignmentMetric extends Metric {}
