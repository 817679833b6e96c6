package org.attune.testlib;

import org.assertj.core.api.Assertions;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Score;
import org.attune.metric.Scores;
import org.attune.theory.TheoryReport;

/**
 * The one entry point to Attune's AssertJ assertions. It extends AssertJ's {@link Assertions}, so one
 * static import gives both AssertJ's assertions ({@code assertThat(String)}, {@code within}, ...)
 * and Attune's:
 *
 * <pre>{@code
 * import static org.attune.testlib.AttuneAssertions.assertThat;
 * import static org.attune.testlib.AttuneAssertions.within;
 *
 * assertThat(metric.measure(dyad)).isDefined().hasValueCloseTo(0.8, within(1e-9));
 * assertThat(SdlAxioms.all().check(eco)).violates("sdl.co-creation").naming("alice");
 * assertThat(eco).hasRelation(clinic, RelationType.SERVES, alice);
 * assertThat(AlignmentReport.of(dyad)).hasScore("profile-deviation").isDefined();
 * }</pre>
 *
 * <p>Failure messages name elements by id, never by name, and say what was expected and what was
 * found.
 */
public final class AttuneAssertions extends Assertions {

  private AttuneAssertions() {}

  /**
   * {@return assertions on a score}
   *
   * @param actual the score
   */
  public static ScoreAssert assertThat(Score actual) {
    return new ScoreAssert(actual);
  }

  /**
   * {@return assertions on the scores of a cohort}
   *
   * @param actual the scores
   */
  public static ScoresAssert assertThat(Scores actual) {
    return new ScoresAssert(actual);
  }

  /**
   * {@return assertions on an ecosystem}
   *
   * @param actual the ecosystem
   */
  public static EcosystemAssert assertThat(ServiceEcosystem actual) {
    return new EcosystemAssert(actual);
  }

  /**
   * {@return assertions on the report of a rule set}
   *
   * @param actual the report
   */
  public static TheoryReportAssert assertThat(TheoryReport actual) {
    return new TheoryReportAssert(actual);
  }

  /**
   * {@return assertions on an alignment report}
   *
   * @param actual the report
   */
  public static AlignmentReportAssert assertThat(AlignmentReport actual) {
    return new AlignmentReportAssert(actual);
  }
}
