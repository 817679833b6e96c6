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
 * {@code ecosystem-reach}: how much of what bears on the customer comes from the provider's side.
 * The customer's ecosystem, not the dyad, is where its value forms (the customer ecosystem of Voima,
 * Heinonen &amp; Strandvik 2011; Heinonen &amp; Strandvik 2015, "Customer-dominant logic: foundations
 * and implications", <i>Journal of Services Marketing</i> 29(6/7)); a provider aligns with it by
 * reaching the customer itself or through its partners:
 *
 * <pre>
 *   score = Σ_{r from the provider's side} s_r / Σ_r s_r
 * </pre>
 *
 * <p>where r ranges over the INFLUENCES and SERVES relations reaching the customer, with strength
 * s_r, and the provider's side is the provider and its partners (PARTNERS_WITH, either way). Meso
 * level.
 *
 * <p><b>Undefined</b> when no INFLUENCES or SERVES relation reaches the customer.
 *
 * <p><b>Contributions</b>: the actors outside the provider's side ({@code "actor <id>"}), each in
 * proportion to the strength of its relations reaching the customer.
 *
 * <p>The sums run over INFLUENCES, then SERVES, each in the order of the sources' ids, so that equal
 * ecosystems built in different orders give the same bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's side is gathered
 * once per provider, then each customer is scored against it.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class EcosystemReach extends BaseMetric implements AlignmentMetric, BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "ecosystem-reach";

  /** The relation types whose strength reaches the customer, in a fixed order. */
  private static final List<RelationType> REACHING =
      List.of(RelationType.INFLUENCES, RelationType.SERVES);

  private static final String UNREACHED =
      "No INFLUENCES or SERVES relation reaches the customer, so there is no reach to share.";

  /** Creates the metric. */
  public EcosystemReach() {
    super(NAME, Level.MESO);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Side side = new Side(dyad.ecosystem(), dyad.provider());
    ScoreSink sink = ScoreSink.single(NAME);
    side.customer().score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            Texts.percent(value)
                + " of the influence and service reaching the customer comes from the provider or its "
                + Texts.count(side.partners, "partner", "partners")
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Side side = new Side(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return CustomerScorer.each(cohort, side::customer);
  }

  /** The provider's side, found once: the provider and its partners. */
  private static final class Side {
    private final ServiceEcosystem eco;
    private final Set<Element> side;
    /** How many partners the provider has. */
    final int partners;

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      Set<Element> found = eco.neighbours(provider, RelationType.PARTNERS_WITH, Direction.BOTH);
      this.partners = found.size();
      this.side = new HashSet<>(found);
      side.add(provider);
    }

    /** {@return a scorer of one customer after another, with its own scratch space} */
    Customer customer() {
      return new Customer(this);
    }
  }

  /** Scores one customer after another against a {@link Side}. Mutable and not thread-safe. */
  private static final class Customer implements CustomerScorer {
    private final Side side;
    private final RelationBuffer reaching = new RelationBuffer();

    Customer(Side side) {
      this.side = side;
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      boolean factors = sink.wantsFactors();
      double total = 0;
      double reached = 0;
      int relations = 0;
      for (RelationType type : REACHING) {
        reaching.bySource(side.eco.relations(customer, type, Direction.INCOMING));
        for (int k = 0, n = reaching.size(); k < n; k++) {
          Relation r = reaching.get(k);
          relations++;
          total += r.strength();
          if (side.side.contains(r.source())) {
            reached += r.strength();
          } else if (factors) {
            sink.misfit("actor " + r.source().id(), r.strength());
          }
        }
      }
      if (relations == 0) {
        sink.undefined(i, UNREACHED);
        return;
      }
      sink.defined(i, reached / total);
    }
  }
}
