package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlignmentScenarioTest {

  @Test
  void the_scenario_prints_the_report_and_the_batch() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    AlignmentScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("Fit of Northbank to the logic of Maya\nOverall: 0.52")
        .contains(
            "Micro (the dyad): ", "Meso (the customer ecosystem): ", "Macro (institutions): ",
            "What costs the most fit:\n  1. institution banker-as-advisor",
            "  profile-deviation   Maya 0.76  Tom 0.58  Ines 0.77",
            // Tom and Ines have one condition of attunement scored, at 0: the guarded composite
            // leaves them undefined rather than worst
            "  attunement          Maya 0.63  Tom 0.00  Ines 0.00",
            "  attunement, 2 of 4  Maya 0.63  Tom n/a  Ines n/a",
            "  Fits worst: Tom, most of all on social",
            "Why Ines scores 0.85 on shortfall");
  }

}
