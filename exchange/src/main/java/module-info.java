/**
 * Data in and out of Attune: a versioned JSON format for everything an ecosystem holds, streamed in
 * both directions with Jackson's core; results to JSON and CSV; graphs to DOT and GraphML through
 * JGraphT's io. The core and the API know none of this module's dependencies.
 */
module org.attune.exchange {
  requires transitive org.attune.api;
  requires tools.jackson.core;
  requires org.jgrapht.io;
  requires com.google.common;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;

  exports org.attune.exchange;
}
