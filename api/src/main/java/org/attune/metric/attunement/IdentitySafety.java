package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.internal.Canonical;
import org.attune.metric.internal.Texts;
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
 * <p>Stateless, immutable and thread-safe.
 */
public final class IdentitySafety extends NamedMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "identity-safety";

  /** Creates the metric. */
  public IdentitySafety() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    double total = 0;
    double threat = 0;
    int roles = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (Relation r :
        Canonical.byTarget(
            eco.relations(dyad.provider(), RelationType.ADHERES_TO, Direction.OUTGOING))) {
      if (r.target() instanceof Institution role && role.kind() == InstitutionKind.ROLE) {
        double p = r.strength();
        double c =
            eco.relation(dyad.customer(), RelationType.ADHERES_TO, role)
                .map(Relation::strength)
                .orElse(0.0);
        roles++;
        total += p;
        threat += p * (1 - c);
        misfit.put("institution " + role.id(), p * (1 - c));
      }
    }
    if (roles == 0) {
      return Score.undefined(
          "The provider adheres to no ROLE institution, so no role can threaten the customer's"
              + " identity.");
    }
    double value = 1 - threat / total;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "The customer accepts the provider's "
            + Texts.count(roles, "role", "roles")
            + " to "
            + Texts.percent(value)
            + " of their weight"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }}
