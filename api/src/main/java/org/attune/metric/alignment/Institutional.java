package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * {@code institutional}: how far customer and provider share institutions, the rules, norms, values,
 * roles, beliefs and practices that coordinate value co-creation (SDL axiom 5: Vargo &amp; Lusch 2016,
 * "Institutions and axioms: an extension and update of service-dominant logic", <i>Journal of the
 * Academy of Marketing Science</i> 44(1)), as the weighted Jaccard similarity of their ADHERES_TO
 * strengths (Ioffe 2010, "Improved consistent sampling, weighted minhash and L1 sketching"):
 *
 * <pre>
 *   score = Σ_k min(c_k, p_k) / Σ_k max(c_k, p_k)
 * </pre>
 *
 * <p>where k ranges over the institutions either adheres to, and c_k, p_k are the strengths with
 * which the customer and the provider adhere to k (0 if they do not). Macro level. Adhering to the
 * same institutions with the same strengths scores 1.
 *
 * <p><b>Undefined</b> when neither adheres to any institution.
 *
 * <p><b>Contributions</b>: the institutions ({@code "institution <id>"}), each in proportion to
 * max(c_k, p_k) − min(c_k, p_k) = |c_k − p_k|; ties in the order of the institutions' ids.
 *
 * <p>The sums run in the order of the institutions' ids, so that equal ecosystems built in different
 * orders give the same bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's adherence is
 * sorted by institution once per provider, then merged with each customer's.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Institutional extends BaseMetric implements AlignmentMetric, BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "institutional";

  private static final String NONE =
      "Neither the customer nor the provider adheres to any institution (no ADHERES_TO"
          + " relation).";
  private static final String INSTITUTION = "institution ";

  /** Creates the metric. */
  public Institutional() {
    super(NAME, Level.MACRO);
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
            "The customer and the provider share "
                + one.both
                + " of "
                + Texts.count(one.union, "institution", "institutions")
                + " between them, with a weighted overlap of "
                + Texts.number(value)
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Side side = new Side(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return CustomerScorer.each(cohort, side::customer);
  }

  /**
   * The provider's side, found once: the institutions it adheres to, in the order of their ids,
   * with its strengths and the factors naming them.
   */
  private static final class Side {
    private final ServiceEcosystem eco;
    private final String[] ids;
    private final double[] strengths;
    private final String[] factors;

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      RelationBuffer adherence = new RelationBuffer();
      adherence.byTarget(eco.relations(provider, RelationType.ADHERES_TO, Direction.OUTGOING));
      int n = adherence.size();
      ids = new String[n];
      strengths = new double[n];
      factors = new String[n];
      for (int k = 0; k < n; k++) {
        Relation r = adherence.get(k);
        ids[k] = r.target().id();
        strengths[k] = r.strength();
        factors[k] = INSTITUTION + ids[k];
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
    private final RelationBuffer adherence = new RelationBuffer();
    /** How many institutions the last customer and the provider adhere to between them. */
    int union;
    /** How many of them both adhere to. */
    int both;

    Customer(Side side) {
      this.side = side;
    }

    /**
     * Writes the score of {@code customer}, at index {@code i}, to {@code sink}: the customer's and
     * the provider's institutions merged in the order of their ids.
     */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      adherence.byTarget(side.eco.relations(customer, RelationType.ADHERES_TO, Direction.OUTGOING));
      int nc = adherence.size();
      int np = side.ids.length;
      union = 0;
      both = 0;
      if (nc == 0 && np == 0) {
        sink.undefined(i, NONE);
        return;
      }
      boolean factors = sink.wantsFactors();
      double shared = 0;
      double either = 0;
      int a = 0;
      int b = 0;
      while (a < nc || b < np) {
        int order =
            a == nc ? 1 : b == np ? -1 : adherence.get(a).target().id().compareTo(side.ids[b]);
        double ck = order <= 0 ? adherence.get(a).strength() : 0.0;
        double pk = order >= 0 ? side.strengths[b] : 0.0;
        shared += Math.min(ck, pk);
        either += Math.max(ck, pk);
        if (ck > 0 && pk > 0) {
          both++;
        }
        if (factors) {
          sink.misfit(
              order >= 0 ? side.factors[b] : INSTITUTION + adherence.get(a).target().id(),
              Math.abs(ck - pk));
        }
        union++;
        if (order <= 0) {
          a++;
        }
        if (order >= 0) {
          b++;
        }
      }
      sink.defined(i, shared / either);
    }
  }
}
