package org.attune.dominance;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;

/**
 * Who conducts a customer's value formation: the orchestra image of Customer-Dominant Logic, in
 * which a customer-dominant market has the customer conduct its own value formation and a firm
 * playing only where it is invited in (Heinonen et al. 2010; Heinonen &amp; Strandvik 2015). It reads
 * the customer's {@link ValueInUse}, weighted by |valence| (value destroyed forms somewhere too), with
 * the spheres of Grönroos &amp; Voima (2013).
 *
 * <h2>Definitions</h2>
 *
 * For the customer {@code c} with value-in-use {@code v} of valence {@code x_v}, sphere and
 * contributors {@code K_v} (which always include {@code c}):
 *
 * <ul>
 *   <li><b>Total weight</b> {@code W = Σ_v |x_v|}. When {@code c} has no value-in-use, or all of it
 *       has valence 0, {@code W = 0} and the analysis is <i>undefined</i>: every number is empty and
 *       {@link #undefinedReason()} says why. No number is made up.
 *   <li><b>Sphere shares</b> {@code s_S = Σ_{v in S} |x_v| / W} for S = provider, joint, customer;
 *       they sum to 1.
 *   <li><b>Carried weight</b>: each {@code |x_v|} is split equally among the <i>active</i>
 *       contributors of {@code v}. In the joint and the customer sphere all contributors are active;
 *       in the provider sphere the customer is not (there the provider produces what the customer
 *       will use; the customer is a contributor only because it is the beneficiary), unless it is
 *       the only contributor. An actor's share is its carried weight over {@code W}; the shares of
 *       all actors sum to 1. {@link #ranking()} orders the actors by share.
 *   <li><b>Conductor</b>: the actor of the greatest share, when it leads alone. Shares equal to nine
 *       decimal places tie; a tie at the top leaves no single conductor ({@link #leaders()} lists
 *       them), the reading of co-creation between equals.
 *   <li><b>Invited in</b>: a provider is invited in when it is a contributor of at least one joint
 *       value-in-use of the customer; {@link #invitation(Actor)} gives the share of the joint weight
 *       it takes part in.
 *   <li><b>Customer's share of the joint sphere</b> {@code j_c = Σ_{v joint} |x_v| / |K_v| /
 *       Σ_{v joint} |x_v|}: how much of the co-created value the customer carries; 1/2 in a dyad.
 *   <li><b>Dominance index</b> {@code D = s_customer + s_joint · j_c}, in [0, 1]. Equivalently {@code
 *       D = Σ_v |x_v| · d_v / W} with {@code d_v} = 1 in the customer sphere (the customer conducts
 *       its own sphere, alone or with the actors of its own ecosystem), {@code 1/|K_v|} in the joint
 *       sphere (the customer conducts its part of the interaction), 0 in the provider sphere (the
 *       provider conducts). So D is 0 when all value forms in the provider sphere, 1 when all forms
 *       in the customer's own sphere, and 1/2 when all is co-created in dyads. {@link
 *       DominanceReading} reads it by thirds.
 * </ul>
 *
 * <h2>Worked example</h2>
 *
 * Pat, a patient, has three value-in-use: {@code CUSTOMER, 0.5, {pat}} (managing her diet),
 * {@code CUSTOMER, -0.3, {pat, family}} (a quarrel over meals) and {@code JOINT, 0.2, {pat,
 * pharmacy}} (advice at the counter). The clinic that serves her takes part in none.
 *
 * <ul>
 *   <li>{@code W = 0.5 + 0.3 + 0.2 = 1.0}; {@code s_provider = 0}, {@code s_joint = 0.2}, {@code
 *       s_customer = 0.8}.
 *   <li>carried: pat {@code 0.5 + 0.3/2 + 0.2/2 = 0.75}, family {@code 0.15}, pharmacy {@code 0.10};
 *       pat conducts.
 *   <li>{@code j_c = (0.2/2) / 0.2 = 0.5}; {@code D = 0.8 + 0.2 · 0.5 = 0.9}: customer-dominant.
 *   <li>the pharmacy is invited in (invitation 1.0); the clinic is not.
 * </ul>
 *
 * <pre>{@code
 * CustomerDominance d = CustomerDominance.of(eco, pat);
 * d.index();             // OptionalDouble[0.9]
 * d.reading();           // Optional[CUSTOMER_DOMINANT]
 * d.conductor();         // Optional[pat]
 * d.invites(clinic);     // false
 * }</pre>
 *
 * <p>Immutable, null-hostile and thread-safe; the same ecosystem and customer give the same bits.
 */
public final class CustomerDominance {

  /** Shares that agree to this many decimal places tie: {@value}. */
  public static final int TIE_DECIMALS = 9;

  private static final double TIE_SCALE = 1e9;

  private final Actor customer;
  private final int valueInUseCount;
  private final double totalWeight;
  private final ImmutableMap<Sphere, Double> shares;
  private final OptionalDouble customerShareOfJoint;
  private final OptionalDouble index;
  private final ImmutableList<ActorShare> ranking;
  private final ImmutableMap<Actor, Double> invitedWeight;
  private final double jointWeight;
  private final Optional<String> undefinedReason;

  private CustomerDominance(ServiceEcosystem ecosystem, Actor customer) {
    this.customer = customer;
    List<ValueInUse> values = ecosystem.valueInUse(customer);
    this.valueInUseCount = values.size();
    EnumMap<Sphere, Double> bySphere = new EnumMap<>(Sphere.class);
    for (Sphere s : Sphere.values()) {
      bySphere.put(s, 0.0);
    }
    Map<Actor, Double> carried = new LinkedHashMap<>();
    Map<Actor, Double> invited = new LinkedHashMap<>();
    double total = 0;
    double joint = 0;
    double customerInJoint = 0;
    for (ValueInUse v : values) {
      double w = Math.abs(v.valence());
      total += w;
      bySphere.merge(v.sphere(), w, Double::sum);
      Set<Actor> active = new LinkedHashSet<>(v.contributors());
      if (v.sphere() == Sphere.PROVIDER && active.size() > 1) {
        active.remove(customer);
      }
      for (Actor a : active) {
        carried.merge(a, w / active.size(), Double::sum);
      }
      if (v.sphere() == Sphere.JOINT) {
        joint += w;
        customerInJoint += w / v.contributors().size();
        for (Actor a : v.contributors()) {
          if (!a.equals(customer)) {
            invited.merge(a, w, Double::sum);
          }
        }
      }
    }
    this.totalWeight = total;
    this.jointWeight = joint;
    this.invitedWeight = ImmutableMap.copyOf(invited);
    if (values.isEmpty()) {
      this.undefinedReason =
          Optional.of("'" + customer.id() + "' has no value-in-use: there is nothing to share");
    } else if (total == 0) {
      this.undefinedReason =
          Optional.of(
              "the "
                  + values.size()
                  + " value-in-use of '"
                  + customer.id()
                  + "' all have valence 0: there is no weight to share");
    } else {
      this.undefinedReason = Optional.empty();
    }
    if (undefinedReason.isPresent()) {
      this.shares = ImmutableMap.of();
      this.customerShareOfJoint = OptionalDouble.empty();
      this.index = OptionalDouble.empty();
      this.ranking = ImmutableList.of();
      return;
    }
    ImmutableMap.Builder<Sphere, Double> sphereShares = ImmutableMap.builder();
    for (Sphere s : Sphere.values()) {
      sphereShares.put(s, requireNonNull(bySphere.get(s)) / total);
    }
    this.shares = sphereShares.buildOrThrow();
    this.customerShareOfJoint =
        joint > 0 ? OptionalDouble.of(customerInJoint / joint) : OptionalDouble.empty();
    double d = (requireNonNull(bySphere.get(Sphere.CUSTOMER)) + customerInJoint) / total;
    this.index = OptionalDouble.of(Math.max(0, Math.min(1, d)));
    List<ActorShare> ranked = new ArrayList<>();
    for (Map.Entry<Actor, Double> e : carried.entrySet()) {
      if (e.getValue() > 0) {
        ranked.add(
            new ActorShare(e.getKey(), e.getValue(), Math.min(1, e.getValue() / total)));
      }
    }
    ranked.sort(
        Comparator.comparingLong((ActorShare s) -> tieKey(s.share()))
            .reversed()
            .thenComparing(s -> s.actor().id()));
    this.ranking = ImmutableList.copyOf(ranked);
  }

  /**
   * {@return where {@code customer}'s value-in-use forms and who conducts it; undefined when it has
   * no value-in-use of non-zero valence}
   *
   * @param ecosystem the ecosystem holding the customer and its value-in-use
   * @param customer an actor of {@code ecosystem}
   * @throws IllegalArgumentException if {@code customer} is not an actor of {@code ecosystem}
   */
  public static CustomerDominance of(ServiceEcosystem ecosystem, Actor customer) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    checkArgument(
        ecosystem.contains(customer),
        "customer must be an actor of the ecosystem, but was '%s'",
        customer.id());
    return new CustomerDominance(ecosystem, customer);
  }

  /** {@return the customer analysed} */
  public Actor customer() {
    return customer;
  }

  /** {@return whether the analysis is defined: the customer has value-in-use of non-zero valence} */
  public boolean isDefined() {
    return undefinedReason.isEmpty();
  }

  /** {@return why the analysis is undefined, or empty when it is defined} */
  public Optional<String> undefinedReason() {
    return undefinedReason;
  }

  /** {@return how many value-in-use the customer has} */
  public int valueInUseCount() {
    return valueInUseCount;
  }

  /** {@return the total weight {@code W = Σ |valence|} of the customer's value-in-use: 0 or more} */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * {@return the share of the customer's value-in-use, by |valence|, formed in each sphere, in the
   * order provider, joint, customer; summing to 1; empty when undefined}
   */
  public Map<Sphere, Double> shares() {
    return shares;
  }

  /**
   * {@return the share of the customer's value-in-use, by |valence|, formed in {@code sphere}, in
   * [0, 1]; empty when undefined}
   *
   * @param sphere the sphere
   */
  public OptionalDouble share(Sphere sphere) {
    requireNonNull(sphere, "sphere");
    return isDefined() ? OptionalDouble.of(requireNonNull(shares.get(sphere))) : OptionalDouble.empty();
  }

  /**
   * {@return {@code j_c}: the share of the joint-sphere weight the customer itself carries, each
   * joint value-in-use split equally among its contributors, in (0, 1]; empty when undefined or
   * when the customer has no joint value-in-use of non-zero valence}
   */
  public OptionalDouble customerShareOfJoint() {
    return customerShareOfJoint;
  }

  /**
   * {@return the dominance index {@code D = s_customer + s_joint · j_c}, in [0, 1]: 0 when the
   * provider conducts all, 1 when the customer does; empty when undefined}
   */
  public OptionalDouble index() {
    return index;
  }

  /** {@return how the index reads: provider-dominant, co-creation or customer-dominant; empty when undefined} */
  public Optional<DominanceReading> reading() {
    return index.isPresent()
        ? Optional.of(DominanceReading.of(index.getAsDouble()))
        : Optional.empty();
  }

  /**
   * {@return every actor whose contributions carry part of the customer's value-in-use, by share
   * descending, ties by actor id; the shares sum to 1; empty when undefined}
   */
  public List<ActorShare> ranking() {
    return ranking;
  }

  /**
   * {@return the actors that share the greatest share, ordered by id: one when an actor leads alone;
   * empty when undefined}
   */
  public List<Actor> leaders() {
    if (ranking.isEmpty()) {
      return ImmutableList.of();
    }
    long top = tieKey(ranking.get(0).share());
    return ranking.stream()
        .filter(s -> tieKey(s.share()) == top)
        .map(ActorShare::actor)
        .sorted(Comparator.comparing(Actor::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the conductor: the actor whose contributions carry the most of the customer's
   * value-in-use, when it leads alone; empty when undefined or when several actors tie at the top}
   */
  public Optional<Actor> conductor() {
    List<Actor> leaders = leaders();
    return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
  }

  /**
   * {@return the share of the customer's value-in-use that {@code actor}'s contributions carry, in
   * [0, 1]: 0 for an actor that contributes nothing; empty when undefined}
   *
   * @param actor any actor
   */
  public OptionalDouble carried(Actor actor) {
    requireNonNull(actor, "actor");
    if (!isDefined()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        ranking.stream()
            .filter(s -> s.actor().equals(actor))
            .mapToDouble(ActorShare::share)
            .findFirst()
            .orElse(0));
  }

  /**
   * {@return whether {@code provider} is invited in: it is a contributor of at least one joint-sphere
   * value-in-use of the customer}
   *
   * @param provider an actor other than the customer
   * @throws IllegalArgumentException if {@code provider} is the customer, who is always part of its
   *     own joint value
   */
  public boolean invites(Actor provider) {
    return invitedWeight.containsKey(checkProvider(provider));
  }

  /**
   * {@return the share of the customer's joint-sphere weight, by |valence|, in whose value-in-use
   * {@code provider} takes part, in [0, 1]; empty when the customer has no joint value-in-use of
   * non-zero valence}
   *
   * @param provider an actor other than the customer
   * @throws IllegalArgumentException if {@code provider} is the customer
   */
  public OptionalDouble invitation(Actor provider) {
    Actor checked = checkProvider(provider);
    if (jointWeight == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        Math.min(1, invitedWeight.getOrDefault(checked, 0.0) / jointWeight));
  }

  /**
   * {@return one paragraph a CRM user can read: the sphere shares, the index and its reading, and
   * who conducts; or why the analysis is undefined}
   */
  public String explanation() {
    if (undefinedReason.isPresent()) {
      return "Customer dominance is undefined: " + undefinedReason.get() + ".";
    }
    StringBuilder out = new StringBuilder();
    out.append("The value-in-use of '")
        .append(customer.id())
        .append("' forms ")
        .append(percent(requireNonNull(shares.get(Sphere.PROVIDER))))
        .append(" in the provider sphere, ")
        .append(percent(requireNonNull(shares.get(Sphere.JOINT))))
        .append(" in the joint sphere and ")
        .append(percent(requireNonNull(shares.get(Sphere.CUSTOMER))))
        .append(" in the customer sphere; dominance index ")
        .append(String.format(Locale.ROOT, "%.3f", index.getAsDouble()))
        .append(" (")
        .append(reading().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("). ");
    List<Actor> leaders = leaders();
    ActorShare top = ranking.get(0);
    if (leaders.size() == 1) {
      out.append('\'')
          .append(top.actor().id())
          .append("' conducts, carrying ")
          .append(percent(top.share()))
          .append('.');
    } else {
      out.append("No single conductor: ")
          .append(leaders.stream().map(a -> "'" + a.id() + "'").toList())
          .append(" share the lead, carrying ")
          .append(percent(top.share()))
          .append(" each.");
    }
    return out.toString();
  }

  /** {@return a summary such as {@code CustomerDominance{pat: index 0.900, CUSTOMER_DOMINANT}}} */
  @Override
  public String toString() {
    return "CustomerDominance{"
        + customer.id()
        + ": "
        + (isDefined()
            ? String.format(Locale.ROOT, "index %.3f, %s", index.getAsDouble(), reading().orElseThrow())
            : "undefined")
        + "}";
  }

  @CanIgnoreReturnValue
  private Actor checkProvider(Actor provider) {
    requireNonNull(provider, "provider");
    checkArgument(
        !provider.equals(customer),
        "provider must be an actor other than the customer '%s', but was '%s'",
        customer.id(),
        provider.id());
    return provider;
  }

  private static long tieKey(double share) {
    return Math.round(share * TIE_SCALE);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
