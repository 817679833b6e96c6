package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.ecosystem.Level;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

  private static final List<String> BUILT_INS =
      List.of(
          "profile-deviation", "absolute-difference", "cosine", "matching", "shortfall",
          "self-congruity", "activity-coverage", "ecosystem-reach", "institutional",
          "partnership", "knowledge-symmetry", "emotional", "recognition", "identity-safety", "attunement");

  @Test
  void the_built_ins_come_in_their_documented_order() {
    assertThat(MetricRegistry.builtIns().names()).containsExactlyElementsOf(BUILT_INS);
  }

  @Test
  void the_registry_finds_a_discovered_academic_metric_by_name() {
    // given MoodMetrics, registered in src/test/resources/META-INF/services
    MetricRegistry registry = MetricRegistry.load(getClass().getClassLoader());

    // when
    AttunementMetric mood = registry.attunement("mood-weighted");

    // then it comes after the built-ins, from its provider
    assertThat(mood).isInstanceOf(MoodWeightedFit.class);
    assertThat(registry.names()).startsWith(BUILT_INS.toArray(String[]::new))
        .endsWith("mood-weighted");
    assertThat(registry.providerOf("mood-weighted")).contains(MoodMetrics.class.getName());
    assertThat(registry.providerOf("cosine")).contains(MetricRegistry.builtInProvider().getClass().getName());
    assertThat(Metrics.registry().metric("mood-weighted")).isInstanceOf(MoodWeightedFit.class);
  }

  @Test
  void the_mood_weighted_metric_reweights_by_the_customers_latest_mood() {
    // Alice's latest mood: pleasure −0.5, arousal 0.4
    // w'_functional = 2 · (1 + 0.4) = 2.8; w'_emotional = 1 · (1 + |−0.5|) = 1.5; w'_economic = 1
    // Σ w' |C − P| = 2.8 · 0.1 + 1.5 · 0.2 + 1 · 0.4 = 0.28 + 0.3 + 0.4 = 0.98; Σ w' = 5.3
    // 1 − 0.98 / 5.3 = 0.8150943396226416 (absolute-difference without the mood: 0.8)
    Score score = Metrics.registry().metric("mood-weighted").measure(PatientAndClinic.dyad());

    ScoreAssert.assertThat(score)
        .hasValue(1 - 0.98 / 5.3)
        .hasContributions("economic", 0.4 / 0.98, "emotional", 0.3 / 0.98, "functional",
            0.28 / 0.98);
  }

  @Test
  void metrics_are_looked_up_by_name_and_family() {
    MetricRegistry registry = MetricRegistry.builtIns();

    assertThat(registry.metric("cosine").name()).isEqualTo("cosine");
    assertThat(registry.find("nope")).isEmpty();
    assertThat(registry.alignment("shortfall").level()).isEqualTo(Level.MICRO);
    assertThat(registry.attunement("recognition").name()).isEqualTo("recognition");
    assertThat(registry.metrics(Level.MESO))
        .extracting(Metric::name)
        .containsExactly("activity-coverage", "ecosystem-reach", "partnership");
    assertThat(registry.metrics(Level.MACRO)).extracting(Metric::name)
        .containsExactly("institutional");
    assertThat(registry.alignmentMetrics()).hasSize(10);
    assertThat(registry.attunementMetrics()).hasSize(5);
    assertThat(registry.metrics()).hasSize(15);
  }

  @Test
  void an_unknown_name_or_the_wrong_family_is_an_error_saying_so() {
    MetricRegistry registry = MetricRegistry.builtIns();

    assertThatThrownBy(() -> registry.metric("fit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be one of the registered metrics [profile-deviation,")
        .hasMessageEndingWith("but was 'fit'");
    assertThatThrownBy(() -> registry.alignment("emotional"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name an alignment metric, but 'emotional' is a")
        .hasMessageContaining(MetricRegistry.builtInProvider().getClass().getName());
    assertThatThrownBy(() -> registry.attunement("cosine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name an attunement metric");
  }

  @Test
  void two_metrics_of_one_name_are_an_error_naming_both_providers() {
    assertThatThrownBy(() -> MetricRegistry.of(List.of(new First(), new Second())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "metric name 'twin' must be unique, but is provided by "
                + First.class.getName()
                + " and by "
                + Second.class.getName());
  }

  @Test
  void a_metric_clashing_with_a_built_in_is_an_error_naming_both_providers() {
    MetricProvider clash = () -> List.of(Fixed.of("cosine", 1));

    assertThatThrownBy(() -> MetricRegistry.of(List.of(MetricRegistry.builtInProvider(), clash)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'cosine' must be unique")
        .hasMessageContaining(MetricRegistry.builtInProvider().getClass().getName())
        .hasMessageContaining(clash.getClass().getName());
  }

  @Test
  void one_provider_giving_a_name_twice_is_an_error() {
    MetricProvider twice = () -> List.of(Fixed.of("x", 1), Fixed.of("x", 0.5));

    assertThatThrownBy(() -> MetricRegistry.of(List.of(twice)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("twice");
  }

  @Test
  void a_registry_of_given_providers_holds_exactly_their_metrics_in_order() {
    MetricProvider third = () -> List.of(Fixed.of("third", 1));
    MetricRegistry registry = MetricRegistry.of(List.of(new Second(), third));

    assertThat(registry.names()).containsExactly("twin", "solo", "third");
    assertThat(registry).hasToString("MetricRegistry[twin, solo, third]");
  }

  /** A provider of "twin". */
  static final class First implements MetricProvider {
    @Override
    public List<Metric> metrics() {
      return List.of(Fixed.of("twin", 1));
    }
  }

  /** Another provider of "twin": they clash. */
  static final class Second implements MetricProvider {
    @Override
    public List<Metric> metrics() {
      return List.of(Fixed.of("twin", 0.5), Fixed.of("solo", 0.5));
    }
  }
}
