package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Contribution;
import org.attune.metric.CustomerScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.RelationBuffer;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * {@code activity-coverage}: how far the provider is invited into the customer's own world, its
 * activities and practices (CDL: Heinonen et al. 2010, "A customer-dominant logic of service",
 * <i>Journal of Service Management</i> 21(4); Heinonen &amp; Strandvik 2015): the share of the
 * strength with which the customer PERFORMS its activities that falls on activities the provider
 * SUPPORTS, directly or through a value proposition it OFFERS:
 *
 * <pre>
 *   score = Σ_{a supported} s_a / Σ_a s_a
 * </pre>
 *
 * <p>where a ranges over the activities the customer PERFORMS with strength s_a. The strength of a
 * SUPPORTS relation does not count: an activity is supported or not. Meso level: it reads the
 * customer ecosystem around the dyad.
 *
 * <p><b>Undefined</b> when the customer performs no activity.
 *
 * <p><b>Contributions</b>: the unsupported activities ({@code "activity <id>"}), each in proportion
 * to the strength with which the customer performs it; ties in the order of the activities' ids.
 *
 * <p>The sums run in the order of the activities' ids, so that equal ecosystems built in different
 * orders give the same bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the activities the provider
 * supports are gathered once per provider, then each customer is scored against them.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class ActivityCoverage extends BaseMetric implements AlignmentMetric, BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "activity-coverage";

  private static final String NO_ACTIVITY =
      "The customer performs no activity (no PERFORMS relation), so there is nothing to be"
          + " invited into.";

  /** Creates the metric. */
  public ActivityCoverage() {
    super(NAME, Level.MESO);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Customer one = new Side(dyad.ecosystem(), dyad.provider()).customer();
    ScoreSink sink = ScoreSink.single(NAME);
    one.score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "The provider supports "
                + one.count
                + " of the customer's "
                + Texts.count(one.performed, "activity", "activities")
                + ", "
                + Texts.percent(value)
                + " of the strength with which it performs them"
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Side side = new Side(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return CustomerScorer.each(cohort, side::customer);
  }

  /** The provider's side, found once: the activities it supports, directly or through an offer. */
  private static final class Side {
    private final ServiceEcosystem eco;
    private final Set<Element> supported = new HashSet<>();

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      for (Relation s : eco.relations(provider, RelationType.SUPPORTS, Direction.OUTGOING)) {
        supported.add(s.target());
      }
      for (Relation o : eco.relations(provider, RelationType.OFFERS, Direction.OUTGOING)) {
        for (Relation s : eco.relations(o.target(), RelationType.SUPPORTS, Direction.OUTGOING)) {
          supported.add(s.target());
        }
      }
    }

    /** {@return a scorer of one customer after another, with its own scratch space} */
    Customer customer() {
      return new Customer(this);
    }
  }

  /**
   * Scores one customer after another against a {@link Side}, keeping the counts of the last
   * customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer implements CustomerScorer {
    private final Side side;
    private final RelationBuffer performs = new RelationBuffer();
    /** How many activities the last customer performs. */
    int performed;
    /** How many of them the provider supports. */
    int count;

    Customer(Side side) {
      this.side = side;
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      performs.byTarget(side.eco.relations(customer, RelationType.PERFORMS, Direction.OUTGOING));
      performed = performs.size();
      count = 0;
      if (performed == 0) {
        sink.undefined(i, NO_ACTIVITY);
        return;
      }
      boolean factors = sink.wantsFactors();
      double total = 0;
      double covered = 0;
      for (int k = 0; k < performed; k++) {
        Relation r = performs.get(k);
        total += r.strength();
        if (side.supported.contains(r.target())) {
          covered += r.strength();
          count++;
        } else if (factors) {
          sink.misfit("activity " + r.target().id(), r.strength());
        }
      }
      sink.defined(i, covered / total);
    }
  }
}
