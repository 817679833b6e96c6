package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.CLINIC;
import static org.attune.dynamics.Fixture.CUSTOMERS;
import static org.attune.dynamics.Fixture.FEBRUARY;
import static org.attune.dynamics.Fixture.JANUARY;
import static org.attune.dynamics.Fixture.MARCH;
import static org.attune.dynamics.Fixture.TOLERANCE;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Cohort;
import org.attune.metric.Metric;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.model.Actor;
import org.junit.jupiter.api.Test;

class TrajectoriesTest {

  private static final Metric FIT = new ProfileDeviation();

  @Test
  void should_score_every_customer_in_every_version() {
    // when
    Trajectories fit = Trajectories.score(FIT, Fixture.history(), CLINIC, CUSTOMERS);

    // then: 1 − |C − 0.8| per customer and version (see Fixture)
    assertThat(fit.size()).isEqualTo(3);
    assertThat(fit.instants()).containsExactly(JANUARY, FEBRUARY, MARCH);
    assertThat(fit.customers()).isEqualTo(CUSTOMERS);
    assertThat(fit.values(0)).containsExactly(new double[] {1.0, 0.6, 0.6}, within(TOLERANCE));
    assertThat(fit.values(1)).containsExactly(new double[] {0.8, 0.9, 0.9}, within(TOLERANCE));
    assertThat(fit.values(2)).containsExactly(new double[] {0.7, 0.7, 0.4}, within(TOLERANCE));
    assertThat(fit.values(3)[0]).isNaN();
    assertThat(fit.values(3)[1]).isCloseTo(1.0, within(TOLERANCE));
    assertThat(fit.scores(0).reason(3)).isPresent();
    assertThat(fit.at(FEBRUARY.plus(Duration.ofDays(10)))).containsSame(fit.scores(1));
    assertThat(fit.at(JANUARY.minusSeconds(1))).isEmpty();
    assertThat(fit).hasToString(
        "Trajectories{profile-deviation for clinic: 3 versions, 5 customers}");
  }

  @Test
  void should_give_each_version_the_scores_of_a_cohort_made_afresh_to_the_bit() {
    // given: waves record what changed, so later versions are refreshed, not looked up in full
    History waves = Fixture.history();
    History.Builder plain = History.builder();
    for (int i = 0; i < waves.size(); i++) {
      plain.add(waves.instant(i), waves.version(i));
    }

    // when
    Trajectories refreshed = Trajectories.score(FIT, waves, CLINIC, CUSTOMERS);
    Trajectories afresh = Trajectories.score(FIT, plain.build(), CLINIC, CUSTOMERS);

    // then
    for (int i = 0; i < waves.size(); i++) {
      Scores separate =
          Scoring.sequential().score(FIT, Cohort.of(waves.version(i), CUSTOMERS), CLINIC);
      assertThat(refreshed.scores(i).values()).isEqualTo(separate.values());
      assertThat(afresh.scores(i).values()).isEqualTo(separate.values());
      for (int k = 0; k < CUSTOMERS.size(); k++) {
        assertThat(refreshed.scores(i).topFactors(k)).isEqualTo(separate.topFactors(k));
      }
    }
  }

  @Test
  void should_score_the_same_on_an_executor() {
    // given
    Executor direct = Runnable::run;

    // when
    Trajectories onExecutor =
        Trajectories.score(Scoring.on(direct), FIT, Fixture.history(), CLINIC, CUSTOMERS);
    Trajectories sequential = Trajectories.score(FIT, Fixture.history(), CLINIC, CUSTOMERS);

    // then
    for (int i = 0; i < 3; i++) {
      assertThat(onExecutor.scores(i).values()).isEqualTo(sequential.scores(i).values());
    }
  }

  @Test
  void should_name_the_version_that_lacks_a_customer() {
    // given: a joins only in February
    ServiceEcosystem january = ServiceEcosystem.builder().add(CLINIC).build();
    History history = History.builder()
        .add(JANUARY, january)
        .add(FEBRUARY, Fixture.history().version(1))
        .build();

    // then
    assertThatThrownBy(() -> Trajectories.score(FIT, history, CLINIC, List.of(A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version at 2026-01-01T00:00:00Z: customers[0] must be an actor of the"
            + " ecosystem, but was 'a' (not in it)");
  }

  @Test
  void should_reject_nulls_naming_the_field() {
    History history = Fixture.history();
    List<Actor> customers = CUSTOMERS;
    assertThatThrownBy(() -> Trajectories.score(null, FIT, history, CLINIC, customers))
        .hasMessage("scoring");
    assertThatThrownBy(() -> Trajectories.score(null, history, CLINIC, customers))
        .hasMessage("metric");
    assertThatThrownBy(() -> Trajectories.score(FIT, null, CLINIC, customers))
        .hasMessage("history");
    assertThatThrownBy(() -> Trajectories.score(FIT, history, null, customers))
        .hasMessage("provider");
    assertThatThrownBy(() -> Trajectories.score(FIT, history, CLINIC, null))
        .hasMessage("customers");
  }
}
