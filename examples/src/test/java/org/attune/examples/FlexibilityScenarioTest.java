package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlexibilityScenarioTest {

  @Test
  void scenario_shows_the_adaptive_gym_keeping_the_fit_and_the_over_eager_one_chasing_seasons() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    FlexibilityScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    // lasting shift: static 0.5 off from month 3, (3 × 1 + 10 × 0.5) / 13 = 0.615
    assertThat(out).contains(
        "static      1.00 1.00 1.00 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50  mean 0.62");
    // over-eager under seasons: always last season's wish, (1 + 12 × 0.5) / 13 = 0.538
    assertThat(out).contains(
        "over-eager  1.00 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50  mean 0.54");
    // static under seasons is right half the time: (1 + 6 × 1 + 6 × 0.5) / 13 = 0.769
    assertThat(out).contains("0.50 0.50 1.00 1.00  mean 0.77");
    assertThat(out).contains("-- A random walk");
    // attunement of the static gym under the lasting shift: in tune while the member is served,
    // then answering a pleased member while she feels (0, 0.5, −0.5) and wants (0, 0.5, 0.5) answered:
    // 1 − sqrt(1.5 / 5.5) = 0.478; mean over months 1–12 (2 + 10 × 0.478) / 12 = 0.565
    assertThat(out).contains(
        "  attuned      - 1.00 1.00 0.48 0.48 0.48 0.48 0.48 0.48 0.48 0.48 0.48 0.48  mean 0.56");
  }
}
