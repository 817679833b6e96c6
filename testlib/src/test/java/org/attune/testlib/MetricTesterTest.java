package org.attune.testlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.attune.ecosystem.Level;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MetricTesterTest {

  private static final MetricRegistry BUILT_INS = MetricRegistry.builtIns();

  static Stream<Metric> builtIns() {
    return BUILT_INS.metrics().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void should_pass_every_built_in_metric(Metric metric) {
    // given
    MetricTester tester = MetricTester.of(metric).registeredIn(BUILT_INS);

    // when // then
    assertThatCode(tester::test).doesNotThrowAnyException();
  }

  @Test
  void should_pass_a_well_behaved_metric_of_ones_own() {
    assertThatCode(MetricTester.of(new Functional())::test).doesNotThrowAnyException();
  }

  @Test
  void should_fail_a_metric_that_returns_null_naming_the_input() {
    // given
    Metric broken = new Functional() {
      @Override
      public Score measure(Dyad dyad) {
        return null;
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("metric 'functional'")
        .hasMessageContaining("\"never null, never throws\"")
        .hasMessageContaining("seed 0, customer 'c0', provider 'p0'")
        .hasMessageContaining("returned null");
  }

  @Test
  void should_fail_a_metric_that_throws_on_missing_data() {
    // given: no own logic, no offering: it throws instead of saying so
    Metric broken = new Functional() {
      @Override
      public Score measure(Dyad dyad) {
        Profile own = dyad.ecosystem().ownLogic(dyad.customer()).orElseThrow();
        Profile offering = dyad.ecosystem().ownLogic(dyad.provider()).orElseThrow();
        return score(own, offering);
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"never null, never throws\"")
        .hasMessageContaining("measure() threw java.util.NoSuchElementException")
        .hasCauseInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void should_fail_a_metric_whose_formula_gives_nan() {
    // given: the square root of a negative number, NaN, where the functional level is below 1
    Metric broken = new Functional() {
      @Override
      Score score(Profile own, Profile offering) {
        double root = Math.sqrt(own.level(Dimension.FUNCTIONAL).orElse(0) - 1);
        return Score.defined(root, List.of(), "a root");
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"in [0, 1] or undefined with a reason\"")
        .hasMessageContaining("NaN");
  }

  @Test
  void should_fail_a_batch_path_that_writes_a_value_out_of_range() {
    // given
    Metric broken = new BatchFunctional(1.5);

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"in [0, 1] or undefined with a reason\"")
        .hasMessageContaining("scored by Scoring.sequential()")
        .hasMessageContaining("1.5");
  }

  @Test
  void should_fail_a_metric_whose_value_drifts_from_call_to_call() {
    // given
    AtomicInteger calls = new AtomicInteger();
    Metric broken = new Functional() {
      @Override
      Score score(Profile own, Profile offering) {
        return Score.defined(calls.incrementAndGet() % 2 == 0 ? 0.5 : 0.25, List.of(), "drifts");
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"deterministic\"")
        .hasMessageContaining("measured first 0.25")
        .hasMessageContaining("then, measured again, 0.5");
  }

  @Test
  void should_fail_a_metric_with_a_random_value() {
    // given
    Metric broken = new Functional() {
      @Override
      Score score(Profile own, Profile offering) {
        return Score.defined(ThreadLocalRandom.current().nextDouble(), List.of(), "random");
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"deterministic\"");
  }

  @Test
  void should_fail_a_metric_that_depends_on_the_thread() {
    // given
    Thread caller = Thread.currentThread();
    Metric broken = new Functional() {
      @Override
      Score score(Profile own, Profile offering) {
        return Score.defined(Thread.currentThread() == caller ? 0.5 : 0.25, List.of(), "thread");
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"the same under 8 threads\"")
        .hasMessageContaining("measured on a pool thread");
  }

  @Test
  void should_fail_a_batch_path_that_differs_from_measure() {
    // given: measure gives 1 - |gap|, the batch path 0.25
    Metric broken = new BatchFunctional(0.25);

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"batch equals one by one\"")
        .hasMessageContaining("scored by Scoring.sequential()")
        .hasMessageContaining("the batch 0.25");
  }

  @Test
  void should_fail_a_metric_undefined_for_every_input() {
    // given
    Metric broken = new Functional() {
      @Override
      public Score measure(Dyad dyad) {
        return Score.undefined("Nothing is ever known.");
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"not undefined for every input\"")
        .hasMessageContaining("Nothing is ever known.");
  }

  @Test
  void should_fail_a_metric_whose_name_changes() {
    // given
    AtomicInteger calls = new AtomicInteger();
    Metric broken = new Functional() {
      @Override
      public String name() {
        return "functional-" + calls.incrementAndGet();
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"name: ")
        .hasMessageContaining("it returned 'functional-1', then 'functional-2'");
  }

  @Test
  void should_fail_a_metric_with_a_blank_name() {
    // given
    Metric broken = new Functional() {
      @Override
      public String name() {
        return " ";
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"name: ")
        .hasMessageContaining("it returned ' '");
  }

  @Test
  void should_fail_a_metric_the_registry_does_not_give_under_its_name() {
    // given: the built-ins have no metric called functional
    MetricTester tester = MetricTester.of(new Functional()).registeredIn(BUILT_INS);

    // when // then
    assertThatThrownBy(tester::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"name: ")
        .hasMessageContaining("it has no metric of that name");
  }

  @Test
  void should_fail_a_metric_when_the_registry_gives_another_under_its_name() {
    // given: a metric posing as profile-deviation
    Metric impostor = new Functional() {
      @Override
      public String name() {
        return "profile-deviation";
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(impostor).registeredIn(BUILT_INS)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it gives another metric under that name");
  }

  @Test
  void should_try_the_seeds_it_is_given() {
    // given: a metric broken only on the ecosystem of seed 7 and customer c2
    Metric broken = new Functional() {
      @Override
      public Score measure(Dyad dyad) {
        if (dyad.customer().id().equals("c2") && dyad.ecosystem().elementCount() > 2) {
          throw new IllegalStateException("boom");
        }
        return super.measure(dyad);
      }
    };

    // when // then
    assertThatThrownBy(MetricTester.of(broken).seeds(7)::test)
        .hasMessageContaining("seed 7, customer 'c2'");
    assertThatCode(MetricTester.of(broken).customers(2)::test).doesNotThrowAnyException();
  }

  @Test
  void should_reject_no_seeds_and_no_customers() {
    MetricTester tester = MetricTester.of(new Functional());

    assertThatThrownBy(() -> tester.seeds())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seeds must hold at least one seed, but was empty");
    assertThatThrownBy(() -> tester.customers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must be at least 1, but was 0");
    assertThatThrownBy(() -> MetricTester.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void should_say_what_it_tests() {
    assertThat(MetricTester.of(new Functional()).seeds(1, 2).customers(3))
        .hasToString("MetricTester{functional, seeds [1, 2], 3 customers}");
  }

  /** 1 - |C - P| on the functional dimension; undefined without both own logics. */
  static class Functional implements Metric {

    @Override
    public String name() {
      return "functional";
    }

    @Override
    public Level level() {
      return Level.MICRO;
    }

    @Override
    public Score measure(Dyad dyad) {
      var own = dyad.ecosystem().ownLogic(dyad.customer());
      var offering = dyad.ecosystem().ownLogic(dyad.provider());
      if (own.isEmpty() || offering.isEmpty()) {
        return Score.undefined("An own logic is missing.");
      }
      return score(own.get(), offering.get());
    }

    Score score(Profile own, Profile offering) {
      double gap =
          Math.abs(own.level(Dimension.FUNCTIONAL).orElse(0)
              - offering.level(Dimension.FUNCTIONAL).orElse(0));
      return Score.defined(1 - gap, List.of(), "The functional gap is " + gap + ".");
    }
  }

  /** {@link Functional} with a batch path that writes {@code batchValue} for every defined score. */
  static final class BatchFunctional extends Functional implements BatchMetric {

    private final double batchValue;

    BatchFunctional(double batchValue) {
      this.batchValue = batchValue;
    }

    @Override
    public CohortScorer prepare(Cohort cohort, Actor provider) {
      return (from, to, sink) -> {
        for (int i = from; i < to; i++) {
          Score one = measure(new Dyad(cohort.ecosystem(), cohort.customer(i), provider));
          if (one.isDefined()) {
            sink.defined(i, batchValue);
          } else {
            sink.undefined(i, one.explanation());
          }
        }
      };
    }
  }
}
