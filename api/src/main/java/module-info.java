/**
 * The service ecosystem of Attune and what builds on it: the immutable ecosystem graph over JGraphT,
 * alignment and attunement metrics, theory rules, journeys, dynamics and import/export.
 */
module org.attune.api {
  requires transitive org.attune.core;
  requires transitive org.jgrapht.core;
  requires com.google.common;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;
  requires org.slf4j;
  requires java.xml;

  exports org.attune.dominance;
  exports org.attune.dynamics;
  exports org.attune.ecosystem;
  exports org.attune.io;
  exports org.attune.journey;
  exports org.attune.theory;
  exports org.attune.metric;
  exports org.attune.metric.alignment;
  exports org.attune.metric.attunement;

  uses org.attune.metric.MetricProvider;

  provides org.attune.metric.MetricProvider with
      org.attune.metric.internal.builtin.BuiltInMetrics;
}
