/**
 * The test kit of Attune, for the tests of those who build on it: AssertJ assertions with one entry
 * point, {@link org.attune.testlib.AttuneAssertions}; {@link org.attune.testlib.MetricTester} and
 * {@link org.attune.testlib.RuleTester}, which hold a metric or a rule to the contract the built-ins
 * keep; and the canonical scenarios in {@link org.attune.testlib.scenario}.
 */
module org.attune.testlib {
  requires transitive org.attune.api;
  requires transitive org.assertj.core;
  requires com.google.common;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;

  exports org.attune.testlib;
  exports org.attune.testlib.scenario;
}
