package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
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
 * {@code partnership}: the doctor–patient seed of customer-dominant logic, where the outcome depends
 * on both parties and on a network of partners behind them (Heinonen &amp; Strandvik 2015; service
 * exchanged for service, Vargo &amp; Lusch 2016, axiom 1). Two parts, equally weighted:
 *
 * <pre>
 *   reciprocity     R = min(s_pc, s_cp) / max(s_pc, s_cp)
 *   partner support N = Σ_{r from the provider's partners} s_r / Σ_r s_r
 *   score           = (R + N) / 2
 * </pre>
 *
 * <p>where s_pc is the strength of the provider's SERVES relation to the customer and s_cp of the
 * customer's SERVES relation to the provider (0 when absent, so one-way service gives R = 0); r
 * ranges over the SERVES relations reaching the customer from other actors, and the provider's
 * partners are the actors joined to it by PARTNERS_WITH either way, other than the two parties.
 * Meso level.
 *
 * <p><b>Undefined</b> when neither party SERVES the other: there is no service relationship whose
 * partnership could be judged.
 *
 * <p><b>Contributions</b>: {@code "reciprocity"} with (1 − R) / 2 and {@code "partner support"} with
 * (1 − N) / 2 of the misfit, normalised to shares.
 *
 * <p>Worked example: the clinic SERVES Alice (0.8), Alice SERVES the clinic (0.4), the clinic's
 * partner pharmacy SERVES Alice (0.6) and a gym that is no partner SERVES her (0.2). R = 0.4 / 0.8 =
 * 0.5; N = 0.6 / (0.8 + 0.6 + 0.2) = 0.375; score = (0.5 + 0.375) / 2 = 0.4375.
 *
 * <p>The sum over the SERVES relations runs in the order of the sources' ids, so that equal
 * ecosystems built in different orders give the same bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's partners are found
 * once per provider, then each customer is scored against them.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Partnership extends BaseMetric implements AlignmentMetric, BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "partnership";

  private static final String NO_SERVICE =
      "Neither party SERVES the other, so there is no service relationship to judge.";

  /** Creates the metric. */
  public Partnership() {
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
            "Service between the two is "
                + Texts.percent(one.reciprocity)
                + " reciprocal, and the provider's partners bring "
                + Texts.percent(one.support)
                + " of the service the customer receives ("
                + Texts.count(one.partnersServing, "partner serves", "partners serve")
                + " it)"
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Side side = new Side(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return CustomerScorer.each(cohort, side::customer);
  }

  private static double strength(Optional<Relation> relation) {
    return relation.map(Relation::strength).orElse(0.0);
  }

  /** The provider's side, found once: the provider and its partners. */
  private static final class Side {
    private final ServiceEcosystem eco;
    private final Actor provider;
    private final Set<Element> partners;

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      this.provider = provider;
      this.partners = eco.neighbours(provider, RelationType.PARTNERS_WITH, Direction.BOTH);
    }

    /** {@return a scorer of one customer after another, with its own scratch space} */
    Customer customer() {
      return new Customer(this);
    }
  }

  /**
   * Scores one customer after another against a {@link Side}, keeping the parts of the last
   * customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer implements CustomerScorer {
    private final Side side;
    private final RelationBuffer serving = new RelationBuffer();
    /** R of the last customer. */
    double reciprocity;
    /** N of the last customer. */
    double support;
    /** How many of the provider's partners serve the last customer. */
    int partnersServing;

    Customer(Side side) {
      this.side = side;
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      ServiceEcosystem eco = side.eco;
      Actor provider = side.provider;
      double toCustomer = strength(eco.relation(provider, RelationType.SERVES, customer));
      double toProvider = strength(eco.relation(customer, RelationType.SERVES, provider));
      partnersServing = 0;
      if (toCustomer == 0 && toProvider == 0) {
        sink.undefined(i, NO_SERVICE);
        return;
      }
      reciprocity = Math.min(toCustomer, toProvider) / Math.max(toCustomer, toProvider);
      double total = 0;
      double fromPartners = 0;
      serving.bySource(eco.relations(customer, RelationType.SERVES, Direction.INCOMING));
      for (int k = 0, n = serving.size(); k < n; k++) {
        Relation r = serving.get(k);
        if (r.source().equals(customer)) {
          continue; // self-service is the customer's own, not support from others
        }
        total += r.strength();
        if (!r.source().equals(provider) && side.partners.contains(r.source())) {
          fromPartners += r.strength();
          partnersServing++;
        }
      }
      // total > 0 unless only the customer serves: then no one supports the customer, N = 0
      support = total == 0 ? 0 : fromPartners / total;
      if (sink.wantsFactors()) {
        sink.misfit("reciprocity", (1 - reciprocity) / 2);
        sink.misfit("partner support", (1 - support) / 2);
      }
      sink.defined(i, (reciprocity + support) / 2);
    }
  }
}
