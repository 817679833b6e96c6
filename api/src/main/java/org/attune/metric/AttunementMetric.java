package org.attune.metric;

/**
 * A metric of attunement: whether customer and provider are tuned to each other, in the four ways
 * Ashworth, Longmate &amp; Morrison (1992) name: a mutual stock of knowledge, emotional and
 * motivational attunement, contributions taken as worthy, and identity not under threat. The
 * built-ins live in {@link org.attune.metric.attunement}.
 *
 * <p>A marker: it adds nothing to {@link Metric}'s contract, but lets a {@link MetricRegistry} look
 * attunement metrics up by family ({@link MetricRegistry#attunement(String)}).
 */
public interface AttunementMetric extends Metric {}
