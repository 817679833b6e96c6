package org.attune.dominance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.PaymentBasis;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ValueProposition;

/**
 * How servitized a provider's relationship with a customer is: whether the customer pays for
 * ownership, for use or for an outcome, how far the provider is embedded in the customer's own
 * operations, and whether it shares the customer's risks. After the journeys essay (Macdonald): the
 * servitization of IBM, Rolls-Royce and Xerox, contracts on value in use (aircraft in the air rather
 * than engines sold), the supplier embedded in the customer's organisation, and the responsibility
 * and risk such contracts share; the term is Vandermerwe &amp; Rada's (1988), the product-, use- and
 * result-oriented services Tukker's (2004).
 *
 * <h2>Definitions</h2>
 *
 * For the customer {@code c} and the provider {@code p}, let {@code A} be the activities {@code c}
 * {@code PERFORMS}, with strengths {@code a_x}, and {@code V} the value propositions {@code p}
 * {@code OFFERS} that {@code SUPPORTS} at least one activity of {@code A}. A proposition {@code v}
 * weighs {@code w_v = Σ_{x in A} strength(v SUPPORTS x)}: how much of the customer's activity it
 * supports.
 *
 * <ul>
 *   <li><b>Payment basis</b> {@code B = Σ_v w_v · β_v / Σ_v w_v}, with {@code β} = 0 for {@link
 *       PaymentBasis#OWNERSHIP}, 1/2 for {@link PaymentBasis#ACCESS} and 1 for {@link
 *       PaymentBasis#OUTCOME} ({@link #score(PaymentBasis)}): 0 when the customer buys things, 1
 *       when it pays for outcomes. Undefined when {@code V} is empty.
 *   <li><b>Embeddedness</b> {@code E = Σ_{x in A, p PERFORMS or SUPPORTS x} a_x / Σ_{x in A} a_x}:
 *       the share of the customer's own operations, by the strength with which it performs them, in
 *       which the provider itself takes part. Undefined when {@code c} performs no activity.
 *   <li><b>Risk sharing</b> {@code R = Σ_{v shares a risk} w_v / Σ_v w_v}: how much of the supporting
 *       offer shares risks or responsibilities with the customer; {@link #sharedRisks()} lists them.
 *       Undefined when {@code V} is empty.
 *   <li><b>Index</b> {@code S = (B + E + R) / 3}, in [0, 1]: defined only when all three are.
 * </ul>
 *
 * <h2>Worked example</h2>
 *
 * An airline performs flying (strength 1.0), maintenance (0.6) and scheduling (0.4). One engine
 * maker offers flying hours (outcome basis, sharing the availability risk), which support flying
 * (1.0) and maintenance (0.5), and performs maintenance itself; another offers engines (ownership),
 * supporting flying (1.0). For the first: {@code B = (1.5 · 1) / 1.5 = 1}, {@code E = 0.6 / 2.0 =
 * 0.3}, {@code R = 1.5 / 1.5 = 1}, {@code S = 2.3 / 3 ≈ 0.767}; for the second {@code B = E = R = S =
 * 0}.
 *
 * <pre>{@code
 * Servitization s = Servitization.of(eco, airline, engineMaker);
 * s.index();          // OptionalDouble[0.7666...]
 * s.sharedRisks();    // [availability]
 * }</pre>
 *
 * <p>Immutable, null-hostile and thread-safe; the same ecosystem gives the same bits.
 */
public final class Servitization {

  private final Actor customer;
  private final Actor provider;
  private final ImmutableList<ValueProposition> propositions;
  private final OptionalDouble basis;
  private final OptionalDouble embeddedness;
  private final OptionalDouble riskSharing;
  private final ImmutableSet<String> sharedRisks;
  private final Optional<String> offerMissing;
  private final Optional<String> operationsMissing;

  private Servitization(ServiceEcosystem eco, Actor customer, Actor provider) {
    this.customer = customer;
    this.provider = provider;
    Map<Activity, Double> performed = new LinkedHashMap<>();
    for (Relation r : eco.relations(customer, RelationType.PERFORMS, Direction.OUTGOING)) {
      if (r.target() instanceof Activity a) {
        performed.put(a, r.strength());
      }
    }
    Set<Element> providerIn = new LinkedHashSet<>();
    providerIn.addAll(eco.neighbours(provider, RelationType.PERFORMS, Direction.OUTGOING));
    providerIn.addAll(eco.neighbours(provider, RelationType.SUPPORTS, Direction.OUTGOING));
    double operations = 0;
    double shared = 0;
    for (Map.Entry<Activity, Double> e : performed.entrySet()) {
      operations += e.getValue();
      if (providerIn.contains(e.getKey())) {
        shared += e.getValue();
      }
    }
    if (operations > 0) {
      this.embeddedness = OptionalDouble.of(Math.min(1, shared / operations));
      this.operationsMissing = Optional.empty();
    } else {
      this.embeddedness = OptionalDouble.empty();
      this.operationsMissing =
          Optional.of(
              "'" + customer.id() + "' performs no activity the provider could take part in");
    }
    List<ValueProposition> offered = new ArrayList<>();
    Set<String> risks = new LinkedHashSet<>();
    double weight = 0;
    double paid = 0;
    double risky = 0;
    for (Element e : eco.neighbours(provider, RelationType.OFFERS, Direction.OUTGOING)) {
      if (!(e instanceof ValueProposition v)) {
        continue;
      }
      double w = 0;
      for (Relation r : eco.relations(v, RelationType.SUPPORTS, Direction.OUTGOING)) {
        if (r.target() instanceof Activity a && performed.containsKey(a)) {
          w += r.strength();
        }
      }
      if (w > 0) {
        offered.add(v);
        weight += w;
        paid += w * score(v.basis());
        if (v.sharesRisk()) {
          risky += w;
          risks.addAll(v.sharedRisks());
        }
      }
    }
    this.propositions = ImmutableList.copyOf(offered);
    this.sharedRisks = ImmutableSet.copyOf(risks);
    if (weight > 0) {
      this.basis = OptionalDouble.of(Math.min(1, paid / weight));
      this.riskSharing = OptionalDouble.of(Math.min(1, risky / weight));
      this.offerMissing = Optional.empty();
    } else {
      this.basis = OptionalDouble.empty();
      this.riskSharing = OptionalDouble.empty();
      this.offerMissing =
          Optional.of(
              "'"
                  + provider.id()
                  + "' offers no value proposition that supports an activity '"
                  + customer.id()
                  + "' performs");
    }
  }

  /**
   * {@return how servitized the relationship of {@code provider} with {@code customer} is}
   *
   * @param ecosystem the ecosystem holding both actors
   * @param customer an actor of {@code ecosystem}
   * @param provider an actor of {@code ecosystem} other than {@code customer}
   * @throws IllegalArgumentException if {@code customer} or {@code provider} is not an actor of
   *     {@code ecosystem}, or they are the same actor
   */
  public static Servitization of(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    checkArgument(
        ecosystem.contains(customer),
        "customer must be an actor of the ecosystem, but was '%s'",
        customer.id());
    checkArgument(
        ecosystem.contains(provider),
        "provider must be an actor of the ecosystem, but was '%s'",
        provider.id());
    checkArgument(
        !provider.equals(customer),
        "provider must be an actor other than the customer '%s', but was '%s'",
        customer.id(),
        provider.id());
    return new Servitization(ecosystem, customer, provider);
  }

  /**
   * {@return how servitized a payment basis is: 0 for ownership, 1/2 for access or use, 1 for an
   * outcome}
   *
   * @param basis the payment basis
   */
  public static double score(PaymentBasis basis) {
    return switch (requireNonNull(basis, "basis")) {
      case OWNERSHIP -> 0;
      case ACCESS -> 0.5;
      case OUTCOME -> 1;
    };
  }

  /** {@return the customer analysed} */
  public Actor customer() {
    return customer;
  }

  /** {@return the provider analysed} */
  public Actor provider() {
    return provider;
  }

  /**
   * {@return the value propositions the provider offers that support an activity the customer
   * performs, in relation order}
   */
  public List<ValueProposition> propositions() {
    return propositions;
  }

  /**
   * {@return {@code B}: what the customer pays for, weighted by how much each proposition supports,
   * in [0, 1] (0 ownership, 1/2 access, 1 outcome); empty when no proposition of the provider
   * supports the customer's activities}
   */
  public OptionalDouble paymentBasis() {
    return basis;
  }

  /**
   * {@return {@code E}: the share of the customer's operations, by strength, in which the provider
   * itself performs or supports, in [0, 1]; empty when the customer performs no activity}
   */
  public OptionalDouble embeddedness() {
    return embeddedness;
  }

  /**
   * {@return {@code R}: the share of the supporting offer, by weight, that shares a risk or a
   * responsibility with the customer, in [0, 1]; empty when no proposition of the provider supports
   * the customer's activities}
   */
  public OptionalDouble riskSharing() {
    return riskSharing;
  }

  /** {@return the risks and responsibilities the supporting propositions share, each once} */
  public Set<String> sharedRisks() {
    return sharedRisks;
  }

  /**
   * {@return the servitization index {@code S = (B + E + R) / 3}, in [0, 1]; empty when any part is
   * undefined}
   */
  public OptionalDouble index() {
    if (basis.isEmpty() || embeddedness.isEmpty() || riskSharing.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        (basis.getAsDouble() + embeddedness.getAsDouble() + riskSharing.getAsDouble()) / 3);
  }

  /**
   * {@return what is missing for each undefined part, in the order offer, operations; empty when
   * every part is defined}
   */
  public List<String> missing() {
    List<String> out = new ArrayList<>();
    offerMissing.ifPresent(out::add);
    operationsMissing.ifPresent(out::add);
    return ImmutableList.copyOf(out);
  }

  /**
   * {@return one paragraph a CRM user can read: each part and its value, or what it misses, and the
   * index}
   */
  public String explanation() {
    StringBuilder out = new StringBuilder("Servitization of '")
        .append(provider.id())
        .append("' for '")
        .append(customer.id())
        .append("': ");
    if (offerMissing.isPresent()) {
      out.append("payment basis and risk sharing undefined (")
          .append(offerMissing.get())
          .append("); ");
    } else {
      out.append("payment basis ")
          .append(number(basis.getAsDouble()))
          .append(" over ")
          .append(propositions.size())
          .append(propositions.size() == 1 ? " proposition" : " propositions")
          .append(" (0 ownership, 0.5 access, 1 outcome); risk sharing ")
          .append(number(riskSharing.getAsDouble()))
          .append(sharedRisks.isEmpty() ? " (no risk shared)" : " (shares " + sharedRisks + ")")
          .append("; ");
    }
    if (operationsMissing.isPresent()) {
      out.append("embeddedness undefined (").append(operationsMissing.get()).append(")");
    } else {
      out.append("embeddedness ")
          .append(number(embeddedness.getAsDouble()))
          .append(" of the customer's operations");
    }
    OptionalDouble s = index();
    out.append(s.isPresent() ? "; index " + number(s.getAsDouble()) : "; no index").append('.');
    return out.toString();
  }

  /** {@return a summary such as {@code Servitization{maker for airline: index 0.767}}} */
  @Override
  public String toString() {
    OptionalDouble s = index();
    return "Servitization{"
        + provider.id()
        + " for "
        + customer.id()
        + ": "
        + (s.isPresent() ? "index " + number(s.getAsDouble()) : "undefined")
        + "}";
  }

  private static String number(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
