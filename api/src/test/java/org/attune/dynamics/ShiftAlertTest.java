package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.D;
import static org.attune.dynamics.Fixture.FEBRUARY;
import static org.attune.dynamics.Fixture.JANUARY;
import static org.attune.dynamics.Fixture.MARCH;
import static org.attune.dynamics.Fixture.functional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.model.Dimension;
import org.junit.jupiter.api.Test;

class ShiftAlertTest {

  /** a's own logic: functional 0.8, 0.75, 0.4 in January, February and March. */
  private static History drifting() {
    TreeMap<java.time.Instant, Map<org.attune.model.Actor, org.attune.model.Profile>> waves =
        new TreeMap<>();
    waves.put(JANUARY, Map.of(A, functional(0.8)));
    waves.put(FEBRUARY, Map.of(A, functional(0.75)));
    waves.put(MARCH, Map.of(A, functional(0.4)));
    return History.fromWaves(Fixture.base(), waves);
  }

  @Test
  void should_raise_an_alert_where_the_own_logic_moved_more_than_the_threshold() {
    // given: |0.75 − 0.8| = 0.05 <= 0.1 raises nothing; |0.4 − 0.75| = 0.35 > 0.1 raises one
    History history = drifting();

    // when
    List<ShiftAlert> alerts = ShiftAlert.over(history, A, 0.1);

    // then
    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.since()).isEqualTo(FEBRUARY);
      assertThat(alert.at()).isEqualTo(MARCH);
      assertThat(alert.shift().levelChange(Dimension.FUNCTIONAL).getAsDouble())
          .isCloseTo(-0.35, within(1e-12));
      assertThat(alert.sentence()).isEqualTo(
          "at 2026-03-01T00:00:00Z the own logic of 'a' moved (since 2026-02-01T00:00:00Z):"
              + " expectations on the functional dimension fell by 0.35");
    });
    assertThat(ShiftAlert.over(history, A, 0.01)).hasSize(2);
    assertThat(ShiftAlert.over(history, A, 0.35)).isEmpty();
  }

  @Test
  void should_raise_nothing_for_a_customer_without_an_own_logic() {
    assertThat(ShiftAlert.over(drifting(), D, 0)).isEmpty();
  }

  @Test
  void should_reject_a_bad_threshold_and_nulls() {
    History history = drifting();
    assertThatIllegalArgumentException().isThrownBy(() -> ShiftAlert.over(history, A, 1.5))
        .withMessage("threshold must be a finite number in [0, 1], but was 1.5");
    assertThatIllegalArgumentException().isThrownBy(() -> ShiftAlert.over(history, A, Double.NaN));
    assertThatNullPointerException().isThrownBy(() -> ShiftAlert.over(null, A, 0.1));
    assertThatNullPointerException().isThrownBy(() -> ShiftAlert.over(history, null, 0.1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ShiftAlert(A, MARCH, MARCH, LogicShift.between(functional(0.1),
            functional(0.2))))
        .withMessage("at must be after since (2026-03-01T00:00:00Z), but was 2026-03-01T00:00:00Z");
  }
}
