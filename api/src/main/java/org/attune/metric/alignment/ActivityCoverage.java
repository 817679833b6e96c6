package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.internal.Canonical;
import org.attune.metric.internal.Texts;
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
 * <p>Stateless, immutable and thread-safe.
 */
public final class ActivityCoverage extends BaseMetric implements AlignmentMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "activity-coverage";

  /** Creates the metric. */
  public ActivityCoverage() {
    super(NAME, Level.MESO);
  }



  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    List<Relation> performs =
        Canonical.byTarget(
            eco.relations(dyad.customer(), RelationType.PERFORMS, Direction.OUTGOING));
    if (performs.isEmpty()) {
      return Score.undefined(
          "The customer performs no activity (no PERFORMS relation), so there is nothing to be"
              + " invited into.");
    }
    Set<Element> supported = new HashSet<>();
    for (Relation s : eco.relations(dyad.provider(), RelationType.SUPPORTS, Direction.OUTGOING)) {
      supported.add(s.target());
    }
    for (Relation o : eco.relations(dyad.provider(), RelationType.OFFERS, Direction.OUTGOING)) {
      for (Relation s : eco.relations(o.target(), RelationType.SUPPORTS, Direction.OUTGOING)) {
        supported.add(s.target());
      }
    }
    double total = 0;
    double covered = 0;
    int count = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (Relation r : performs) {
      total += r.strength();
      if (supported.contains(r.target())) {
        covered += r.strength();
        count++;
      } else {
        misfit.merge("activity " + r.target().id(), r.strength(), Double::sum);
      }
    }
    double value = covered / total;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "The provider supports "
            + count
            + " of the customer's "
            + Texts.count(performs.size(), "activity", "activities")
            + ", "
            + Texts.percent(value)
            + " of the strength with which it performs them"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }

}
