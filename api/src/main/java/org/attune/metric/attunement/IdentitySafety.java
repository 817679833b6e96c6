package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Contribution;
import org.attune.metric.CustomerScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.Canonical;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * {@code identity-safety}: whether the customer's identity is not under threat, the fourth condition
 * of Ashworth, Longmate &amp; Morrison (1992, "Patient participation: its meaning and significance in
 * the context of caring", <i>Journal of Advanced Nursing</i> 17): the roles the provider enacts
 * should be roles the customer accepts. With r ranging over the ROLE institutions the provider
 * ADHERES_TO, p_r its strength and c_r the customer's ADHERES_TO strength (0 if absent):
 *
 * <pre>
 *   score = 1 − Σ_r p_r (1 − c_r) / Σ_r p_r
 * </pre>
 *
 * <p>Micro level. A customer adhering fully to every role the provider holds scores 1.
 *
 * <p><b>Undefined</b> when the provider adheres to no ROLE institution.
 *
 * <p><b>Contributions</b>: the role institutions ({@code "institution <id>"}), each in proportion to
 * p_r (1 − c_r); ties in the order of the institutions' ids.
 *
 * <p>The sums run in the order of the institutions' ids, so that equal ecosystems built in different
 * orders give the same bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's roles are found
 * and sorted once per provider, then each customer's adherence is read against them.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class IdentitySafety extends NamedMetric implements BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "identity-safety";

  private static final String NO_ROLE =
      "The provider adheres to no ROLE institution, so no role can threaten the customer's"
          + " identity.";

  /** Creates the metric. */
  public IdentitySafety() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Roles roles = new Roles(dyad.ecosystem(), dyad.provider());
    ScoreSink sink = ScoreSink.single(NAME);
    new Customer(roles).score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "The customer accepts the provider's "
                + Texts.count(roles.size(), "role", "roles")
                + " to "
                + Texts.percent(value)
                + " of their weight"
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Roles roles = new Roles(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return CustomerScorer.each(cohort, () -> new Customer(roles));
  }

  /**
   * The provider's side, found once: the ROLE institutions it adheres to, in the order of their
   * ids, with its strengths and the factors naming them.
   */
  private static final class Roles {
    private final ServiceEcosystem eco;
    /** Each role to its position. */
    private final Map<Element, Integer> index = new HashMap<>();
    private final double[] strengths;
    private final String[] factors;

    Roles(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      List<Relation> roles = new ArrayList<>();
      List<Relation> adherence =
          Canonical.byTarget(eco.relations(provider, RelationType.ADHERES_TO, Direction.OUTGOING));
      for (Relation r : adherence) {
        if (r.target() instanceof Institution role && role.kind() == InstitutionKind.ROLE) {
          index.put(role, roles.size());
          roles.add(r);
        }
      }
      strengths = new double[roles.size()];
      factors = new String[roles.size()];
      for (int k = 0; k < strengths.length; k++) {
        strengths[k] = roles.get(k).strength();
        factors[k] = "institution " + roles.get(k).target().id();
      }
    }

    /** {@return how many roles the provider holds} */
    int size() {
      return strengths.length;
    }
  }

  /** Scores one customer after another against the provider's roles; mutable, not thread-safe. */
  private static final class Customer implements CustomerScorer {
    private final Roles roles;
    /** The last customer's strength of adherence to each role: c_r, 0 if absent. */
    private final double[] accepted;

    Customer(Roles roles) {
      this.roles = roles;
      this.accepted = new double[roles.size()];
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      int n = accepted.length;
      if (n == 0) {
        sink.undefined(i, NO_ROLE);
        return;
      }
      Arrays.fill(accepted, 0.0);
      for (Relation r :
          roles.eco.relations(customer, RelationType.ADHERES_TO, Direction.OUTGOING)) {
        Integer k = roles.index.get(r.target());
        if (k != null) {
          accepted[k] = r.strength();
        }
      }
      boolean factors = sink.wantsFactors();
      double total = 0;
      double threat = 0;
      for (int k = 0; k < n; k++) {
        double p = roles.strengths[k];
        double c = accepted[k];
        total += p;
        threat += p * (1 - c);
        if (factors) {
          sink.misfit(roles.factors[k], p * (1 - c));
        }
      }
      sink.defined(i, 1 - threat / total);
    }
  }
}
