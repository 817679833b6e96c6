package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.attune.model.Institution;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ScottPillar;
import org.jspecify.annotations.Nullable;

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
 * <p><b>By pillar.</b> Institutions rest on three pillars (Scott 2014, <i>Institutions and
 * Organizations</i>, 4th ed.), which SDL takes up for the institutional arrangements that coordinate
 * value co-creation (Vargo &amp; Lusch 2016, axiom 5): the regulative (rules: what coerces), the
 * normative (norms, values, roles: what obliges) and the cultural-cognitive (beliefs, practices: what
 * is taken for granted); each {@link org.attune.model.InstitutionKind} belongs to one. A misfit of
 * rules calls for other remedies than a misfit of norms or of taken-for-granted beliefs, so {@link
 * #byPillar(Dyad)} reads the same formula over each pillar's institutions alone, and the explanation
 * of {@link #measure(Dyad)} gives each pillar's fit and its share of the misfit, such as {@code
 * "normative 0.22 (86% of the misfit)"}. The value stays the one over all institutions, which is the
 * pillars' fits weighted by their Σ max(c_k, p_k):
 *
 * <pre>
 *   score = Σ_π M_π · score_π / Σ_π M_π,   score_π = Σ_{k∈π} min(c_k, p_k) / M_π,
 *   M_π = Σ_{k∈π} max(c_k, p_k)
 * </pre>
 *
 * <p>Worked example (the patient and the clinic): privacy (a rule) 0.9 and 0.6; the patient-role
 * 0.5 and 1.0, evidence 0 and 0.8, the expert-role 0 and 0.5 (a norm and two roles). Regulative 0.6
 * / 0.9 = 0.67, with 0.3 of the misfit 2.1 (14%); normative 0.5 / 2.3 = 0.22, with 1.8 (86%);
 * cultural-cognitive undefined; overall (0.6 + 0.5) / (0.9 + 2.3) = 0.34375.
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
  private static final ScottPillar[] PILLARS = ScottPillar.values();

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
                + "; by Scott's pillars, "
                + one.pillars()
                + Texts.costliest(contributions)
                + ".");
  }

  /**
   * {@return the reading of each of Scott's pillars, in the order of {@link ScottPillar}}: the
   * weighted Jaccard of the ADHERES_TO strengths over the institutions of that pillar alone, with
   * those institutions as its factors; undefined for a pillar to which neither adheres
   *
   * @param dyad the customer and the provider
   * @throws NullPointerException if {@code dyad} is null
   */
  public Map<ScottPillar, Score> byPillar(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Customer one = new Side(dyad.ecosystem(), dyad.provider()).customer();
    Map<ScottPillar, Score> readings = new EnumMap<>(ScottPillar.class);
    for (ScottPillar pillar : PILLARS) {
      ScoreSink sink = ScoreSink.single(NAME);
      one.score(dyad.customer(), 0, sink, pillar);
      readings.put(
          pillar,
          sink.toScore(
              0,
              (value, contributions) ->
                  "On the "
                      + label(pillar)
                      + " pillar the customer and the provider share "
                      + one.both
                      + " of "
                      + Texts.count(one.union, "institution", "institutions")
                      + " between them, with a weighted overlap of "
                      + Texts.number(value)
                      + Texts.costliest(contributions)
                      + "."));
    }
    return Collections.unmodifiableMap(readings);
  }

  /** {@return the pillar's name in lower case, such as {@code cultural-cognitive}} */
  private static String label(ScottPillar pillar) {
    return pillar.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the place of {@code pillar} in {@link #PILLARS}} */
  private static int index(ScottPillar pillar) {
    return switch (pillar) {
      case REGULATIVE -> 0;
      case NORMATIVE -> 1;
      case CULTURAL_COGNITIVE -> 2;
    };
  }

  private static ScottPillar pillarOf(Element institution) {
    // ADHERES_TO leads to institutions only: the ecosystem's builder checks the kinds
    return ((Institution) institution).kind().pillar();
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
    private final ScottPillar[] pillars;

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      RelationBuffer adherence = new RelationBuffer();
      adherence.byTarget(eco.relations(provider, RelationType.ADHERES_TO, Direction.OUTGOING));
      int n = adherence.size();
      ids = new String[n];
      strengths = new double[n];
      factors = new String[n];
      pillars = new ScottPillar[n];
      for (int k = 0; k < n; k++) {
        Relation r = adherence.get(k);
        ids[k] = r.target().id();
        strengths[k] = r.strength();
        factors[k] = INSTITUTION + ids[k];
        pillars[k] = pillarOf(r.target());
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
    /** Per pillar (in the order of {@link #PILLARS}), of the last customer: Σ min, Σ max and Σ |c − p|. */
    private final double[] pillarShared = new double[PILLARS.length];
    private final double[] pillarEither = new double[PILLARS.length];
    private final double[] pillarMisfit = new double[PILLARS.length];

    Customer(Side side) {
      this.side = side;
    }

    /**
     * Writes the score of {@code customer}, at index {@code i}, to {@code sink}: the customer's and
     * the provider's institutions merged in the order of their ids.
     */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      score(customer, i, sink, null);
    }

    /**
     * Writes the score of {@code customer} over the institutions of {@code only} (or of every
     * pillar, if null), at index {@code i}, to {@code sink}, keeping each pillar's sums.
     */
    void score(Actor customer, int i, ScoreSink sink, @Nullable ScottPillar only) {
      adherence.byTarget(side.eco.relations(customer, RelationType.ADHERES_TO, Direction.OUTGOING));
      int nc = adherence.size();
      int np = side.ids.length;
      union = 0;
      both = 0;
      for (int q = 0; q < PILLARS.length; q++) {
        pillarShared[q] = 0;
        pillarEither[q] = 0;
        pillarMisfit[q] = 0;
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
        ScottPillar pillar = order >= 0 ? side.pillars[b] : pillarOf(adherence.get(a).target());
        if (order <= 0) {
          a++;
        }
        if (order >= 0) {
          b++;
        }
        int q = index(pillar);
        pillarShared[q] += Math.min(ck, pk);
        pillarEither[q] += Math.max(ck, pk);
        pillarMisfit[q] += Math.abs(ck - pk);
        if (only != null && pillar != only) {
          continue;
        }
        shared += Math.min(ck, pk);
        either += Math.max(ck, pk);
        if (ck > 0 && pk > 0) {
          both++;
        }
        if (factors) {
          sink.misfit(
              order >= 0 ? side.factors[b - 1] : INSTITUTION + adherence.get(a - 1).target().id(),
              Math.abs(ck - pk));
        }
        union++;
      }
      if (union == 0) {
        sink.undefined(
            i,
            only == null
                ? NONE
                : "Neither the customer nor the provider adheres to an institution of the "
                    + label(only)
                    + " pillar.");
        return;
      }
      sink.defined(i, shared / either);
    }

    /**
     * {@return each pillar's fit and share of the misfit for the last customer, such as {@code
     * "regulative 0.67 (14% of the misfit), normative 0.22 (86%), cultural-cognitive none"}}
     */
    String pillars() {
      double misfit = 0;
      for (double m : pillarMisfit) {
        misfit += m;
      }
      StringBuilder text = new StringBuilder();
      boolean first = true;
      for (int q = 0; q < PILLARS.length; q++) {
        ScottPillar pillar = PILLARS[q];
        text.append(q == 0 ? "" : ", ").append(label(pillar)).append(' ');
        if (pillarEither[q] == 0) {
          text.append("none");
          continue;
        }
        text.append(Texts.number(pillarShared[q] / pillarEither[q]));
        if (misfit > 0) {
          text.append(" (")
              .append(Texts.percent(pillarMisfit[q] / misfit))
              .append(first ? " of the misfit)" : ")");
          first = false;
        }
      }
      return text.toString();
    }
  }
}
