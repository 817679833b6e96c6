/**
 * A user's module, as an academic would write one: it reads Attune's API and contributes a metric of
 * its own through {@code provides}. Its tests run on the module path, so they meet Attune as a
 * modular application does.
 */
module org.attune.modules.it {
  requires org.attune.api;
  // the exchange module, with Jackson's streaming core and JGraphT's io behind it
  requires org.attune.exchange;
  // the report module: pictures and the HTML page
  requires org.attune.report;

  // no exports: a provider needs none, ServiceLoader reaches it through provides

  // an application that lists the metric plug-ins itself declares this; the tests do just that
  uses org.attune.metric.MetricProvider;

  provides org.attune.metric.MetricProvider with
      org.attune.modules.it.FunctionalMetrics;
}
