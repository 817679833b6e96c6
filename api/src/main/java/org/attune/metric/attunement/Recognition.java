package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Contribution;
import org.attune.metric.CustomerScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Initiative;

/**
 * {@code recognition}: whether the customer's contributions are taken as worthy, the third condition
 * of Ashworth, Longmate &amp; Morrison (1992, "Patient participation: its meaning and significance in
 * the context of caring", <i>Journal of Advanced Nursing</i> 17): the acknowledged share of the
 * encounters the customer started at touchpoints the provider OPERATES.
 *
 * <pre>
 *   score = |{e : initiative(e) = CUSTOMER, acknowledged(e)}| / |{e : initiative(e) = CUSTOMER}|
 * </pre>
 *
 * <p>where e ranges over the customer's episodes at touchpoints the provider operates. Micro level.
 * Every initiative acknowledged scores 1.
 *
 * <p><b>Undefined</b> when the provider operates no touchpoint, or the customer took no initiative
 * at one.
 *
 * <p><b>Contributions</b>: the touchpoints ({@code "touchpoint <id>"}), each in proportion to its
 * unacknowledged customer initiatives, in the order in which each first went unacknowledged (in time
 * order, episodes at the same time in the order of their touchpoints' ids).
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's touchpoints are
 * found once per provider, then each customer's episodes at them are counted.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Recognition extends NamedMetric implements BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "recognition";

  private static final String NO_TOUCHPOINT =
      "The provider operates no touchpoint (no OPERATES relation), so no initiative of the"
          + " customer reached it.";
  private static final String NO_INITIATIVE =
      "The customer took no initiative at a touchpoint the provider operates.";

  /** Creates the metric. */
  public Recognition() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Customer one = new Customer(new Touchpoints(dyad.ecosystem(), dyad.provider()));
    ScoreSink sink = ScoreSink.single(NAME);
    one.score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "The provider acknowledged "
                + one.acknowledged
                + " of the customer's "
                + Texts.count(one.initiatives, "initiative", "initiatives")
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Touchpoints touchpoints =
        new Touchpoints(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return touchpoints.each(cohort, NO_TOUCHPOINT, () -> new Customer(touchpoints));
  }

  /**
   * Scores one customer after another against the provider's touchpoints, keeping the counts of the
   * last customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer implements CustomerScorer {
    private final Touchpoints touchpoints;
    private final Touchpoints.Shared shared;
    /** How many initiatives the last customer took at the provider's touchpoints. */
    int initiatives;
    /** How many of them the provider acknowledged. */
    int acknowledged;

    Customer(Touchpoints touchpoints) {
      this.touchpoints = touchpoints;
      this.shared = new Touchpoints.Shared(touchpoints);
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      initiatives = 0;
      acknowledged = 0;
      if (touchpoints.isEmpty()) {
        sink.undefined(i, NO_TOUCHPOINT);
        return;
      }
      shared.load(customer);
      boolean factors = sink.wantsFactors();
      if (factors) {
        shared.sort(); // the counts do not depend on the order, the order of the factors does
      }
      for (int k = 0, n = shared.size(); k < n; k++) {
        Episode e = shared.get(k);
        if (e.initiative() == Initiative.CUSTOMER) {
          initiatives++;
          if (e.acknowledged()) {
            acknowledged++;
          } else if (factors) {
            sink.misfit(touchpoints.factor(e.touchpoint()), 1.0);
          }
        }
      }
      if (initiatives == 0) {
        sink.undefined(i, NO_INITIATIVE);
        return;
      }
      sink.defined(i, (double) acknowledged / initiatives);
    }
  }
}
