package org.attune.dominance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;

/**
 * Who conducts a customer's value formation, and where its value forms: the orchestra image of
 * Customer-Dominant Logic (the customer-dominance essay; Heinonen et al. 2010; Heinonen &amp;
 * Strandvik 2015). In the exchange the customer sits in the audience and the firm's management
 * conducts; invited on stage, customers co-create, yet the firm still controls the process; in a
 * customer-dominant market the customer orchestrates and a firm plays only where it is invited in.
 * Two readings are kept apart: <i>value weight</i>, from the customer's {@link ValueInUse} weighted
 * by |valence| (value destroyed forms somewhere too) with the spheres of Grönroos &amp; Voima (2013),
 * and <i>control</i>, from who took the initiative in the customer's {@link Episode episodes}.
 *
 * <h2>Sides</h2>
 *
 * Every contributor of the customer's value-in-use is on one {@link Side}, decided by the first rule
 * that applies ({@link #side(Actor)}):
 *
 * <ol>
 *   <li>the customer itself is on the customer's side;
 *   <li>an actor that {@code SERVES} the customer, a {@code MEMBER_OF} such an actor (its staff) and
 *       an actor that {@code PARTNERS_WITH} it, either way, is on the provider's side (provider ties
 *       come first: a club that serves its member is a provider);
 *   <li>a {@code MEMBER_OF} the customer, a collective the customer is a {@code MEMBER_OF} (a family, a
 *       household) and the other members of such a collective are on the customer's side;
 *   <li>any other contributor is on the provider's side when it contributes to a joint or
 *       provider-sphere value-in-use of the customer (it meets the customer as a provider does),
 *       else on the customer's side.
 * </ol>
 *
 * <h2>Value weight</h2>
 *
 * For the customer {@code c} with value-in-use {@code v} of valence {@code x_v}, sphere and
 * contributors {@code K_v} (which always include {@code c}):
 *
 * <ul>
 *   <li><b>Total weight</b> {@code W = Σ_v |x_v|}. When {@code c} has no value-in-use, or all of it
 *       has valence 0, {@code W = 0} and the value reading is <i>undefined</i>: every number of it is
 *       empty and {@link #undefinedReason()} says why. No number is made up.
 *   <li><b>Sphere shares</b> {@code s_S = Σ_{v in S} |x_v| / W} for S = provider, joint, customer;
 *       they sum to 1.
 *   <li><b>The customer's side's part</b> {@code σ_v} of a value-in-use: 1 in the customer sphere, 0
 *       in the provider sphere; in the joint sphere 1/2 when a contributor is on the provider's side,
 *       else 1. Joint value is split between the sides, not between heads: three members of staff
 *       take the provider's half together.
 *   <li><b>Carried weight</b>: {@code σ_v·|x_v|} is split equally among the contributors of {@code v}
 *       on the customer's side, {@code (1 − σ_v)·|x_v|} among those on the provider's side; when no
 *       contributor is on the provider's side, the customer's side carries all of {@code v}. An
 *       actor's share is its carried weight over {@code W}; the shares sum to 1. {@link #ranking()}
 *       orders the actors by share and {@link #valueLeader()} names the one that carries most.
 *   <li><b>Customer's share of the joint sphere</b> {@code j_c = Σ_{v joint} σ_v·|x_v| / Σ_{v joint}
 *       |x_v|}: 1/2 when every joint value-in-use involves the provider's side.
 *   <li><b>Dominance index</b> {@code D = Σ_v σ_v·|x_v| / W = s_customer + s_joint · j_c}, in [0, 1]:
 *       the share of the value weight on the customer's side. {@link DominanceReading} reads it by
 *       thirds.
 *   <li><b>Invited in</b>: an actor is invited in when it is a contributor of at least one joint
 *       value-in-use of the customer; {@link #invitation(Actor)} gives the share of the joint weight
 *       it takes part in.
 * </ul>
 *
 * <h2>Control</h2>
 *
 * Of the customer's episodes, {@code n_c} were initiated by the customer and {@code n_p} by the
 * provider; those of {@link Initiative#OTHER} or {@link Initiative#UNKNOWN} initiative are left out,
 * as they name no side. The <b>control share</b> {@code K = n_c / (n_c + n_p)} is the customer's
 * share of the initiative; undefined when {@code n_c + n_p = 0} ({@link #controlUndefinedReason()}).
 * The <b>conductor</b> is the side that takes more of the initiative: the customer's when {@code K >
 * 1/2}, the provider's when {@code K < 1/2}, neither when {@code K = 1/2}. The {@link Arrangement}
 * combines the conductor with the index.
 *
 * <h2>Worked example</h2>
 *
 * Pat, a patient, has three value-in-use: {@code CUSTOMER, 0.5, {pat}} (managing her diet),
 * {@code CUSTOMER, -0.3, {pat, family}} (a quarrel over meals) and {@code JOINT, 0.2, {pat,
 * pharmacy}} (advice at the counter). The clinic that serves her takes part in none. She initiated
 * three episodes, the clinic one.
 *
 * <ul>
 *   <li>{@code W = 0.5 + 0.3 + 0.2 = 1.0}; {@code s_provider = 0}, {@code s_joint = 0.2}, {@code
 *       s_customer = 0.8}.
 *   <li>sides: the family has no tie to Pat and contributes only in her sphere: customer's side; the
 *       pharmacy contributes to joint value: provider's side.
 *   <li>carried: pat {@code 0.5 + 0.3/2 + 0.2/2 = 0.75}, family {@code 0.15}, pharmacy {@code
 *       0.10}; pat leads the value.
 *   <li>{@code j_c = (0.2/2) / 0.2 = 0.5}; {@code D = 0.8 + 0.2 · 0.5 = 0.9}: customer-dominant.
 *   <li>{@code K = 3 / (3 + 1) = 0.75}: the customer's side conducts; arrangement {@code
 *       CUSTOMER_DOMINANT}.
 * </ul>
 *
 * <pre>{@code
 * CustomerDominance d = CustomerDominance.of(eco, pat);
 * d.index();             // OptionalDouble[0.9]
 * d.reading();           // Optional[CUSTOMER_DOMINANT]
 * d.valueLeader();       // Optional[pat]
 * d.conductor();         // Optional[CUSTOMER]
 * d.arrangement();       // Optional[CUSTOMER_DOMINANT]
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
  private final ImmutableMap<Actor, Side> sides;
  private final ImmutableMap<Initiative, Integer> initiatives;
  private final Optional<String> controlUndefinedReason;

  private CustomerDominance(ServiceEcosystem ecosystem, Actor customer) {
    this.customer = customer;
    List<ValueInUse> values = ecosystem.valueInUse(customer);
    this.valueInUseCount = values.size();
    this.sides = sides(ecosystem, customer, values);
    EnumMap<Sphere, Double> bySphere = new EnumMap<>(Sphere.class);
    for (Sphere s : Sphere.values()) {
      bySphere.put(s, 0.0);
    }
    Map<Actor, Double> carried = new LinkedHashMap<>();
    Map<Actor, Double> invited = new LinkedHashMap<>();
    double total = 0;
    double joint = 0;
    double customerInJoint = 0;
    double customerSide = 0;
    for (ValueInUse v : values) {
      double w = Math.abs(v.valence());
      total += w;
      bySphere.merge(v.sphere(), w, Double::sum);
      List<Actor> ours = new ArrayList<>();
      List<Actor> theirs = new ArrayList<>();
      for (Actor a : v.contributors()) {
        (sides.get(a) == Side.CUSTOMER ? ours : theirs).add(a);
      }
      double sigma =
          switch (v.sphere()) {
            case CUSTOMER -> 1;
            case PROVIDER -> 0;
            case JOINT -> theirs.isEmpty() ? 1 : 0.5;
          };
      customerSide += sigma * w;
      if (theirs.isEmpty()) {
        spread(carried, ours, w);
      } else {
        spread(carried, ours, sigma * w);
        spread(carried, theirs, (1 - sigma) * w);
      }
      if (v.sphere() == Sphere.JOINT) {
        joint += w;
        customerInJoint += sigma * w;
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
    EnumMap<Initiative, Integer> counts = new EnumMap<>(Initiative.class);
    for (Initiative i : Initiative.values()) {
      counts.put(i, 0);
    }
    List<Episode> episodes = ecosystem.episodes(customer);
    for (Episode e : episodes) {
      counts.merge(e.initiative(), 1, Integer::sum);
    }
    this.initiatives = ImmutableMap.copyOf(counts);
    int sided =
        requireNonNull(counts.get(Initiative.CUSTOMER))
            + requireNonNull(counts.get(Initiative.PROVIDER));
    if (sided > 0) {
      this.controlUndefinedReason = Optional.empty();
    } else if (episodes.isEmpty()) {
      this.controlUndefinedReason =
          Optional.of(
              "'" + customer.id() + "' has no episodes: nobody is known to take the initiative");
    } else {
      this.controlUndefinedReason =
          Optional.of(
              "none of the "
                  + episodes.size()
                  + " episodes of '"
                  + customer.id()
                  + "' records whether the customer or the provider took the initiative");
    }
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
    this.index = OptionalDouble.of(Math.max(0, Math.min(1, customerSide / total)));
    List<ActorShare> ranked = new ArrayList<>();
    for (Map.Entry<Actor, Double> e : carried.entrySet()) {
      if (e.getValue() > 0) {
        ranked.add(
            new ActorShare(
                e.getKey(),
                requireNonNull(sides.get(e.getKey())),
                e.getValue(),
                Math.min(1, e.getValue() / total)));
      }
    }
    ranked.sort(
        Comparator.comparingLong((ActorShare s) -> tieKey(s.share()))
            .reversed()
            .thenComparing(s -> s.actor().id()));
    this.ranking = ImmutableList.copyOf(ranked);
  }

  private static void spread(Map<Actor, Double> carried, List<Actor> among, double weight) {
    for (Actor a : among) {
      carried.merge(a, weight / among.size(), Double::sum);
    }
  }

  /** The sides of the customer, of every actor tied to it and of every contributor. */
  private static ImmutableMap<Actor, Side> sides(
      ServiceEcosystem eco, Actor customer, List<ValueInUse> values) {
    Map<Actor, Side> sides = new LinkedHashMap<>();
    sides.put(customer, Side.CUSTOMER);
    for (Actor provider : actors(eco, customer, RelationType.SERVES, Direction.INCOMING)) {
      sides.putIfAbsent(provider, Side.PROVIDER);
      for (Actor staff : actors(eco, provider, RelationType.MEMBER_OF, Direction.INCOMING)) {
        sides.putIfAbsent(staff, Side.PROVIDER);
      }
      for (Actor partner : actors(eco, provider, RelationType.PARTNERS_WITH, Direction.BOTH)) {
        sides.putIfAbsent(partner, Side.PROVIDER);
      }
    }
    for (Actor member : actors(eco, customer, RelationType.MEMBER_OF, Direction.INCOMING)) {
      sides.putIfAbsent(member, Side.CUSTOMER);
    }
    for (Actor collective : actors(eco, customer, RelationType.MEMBER_OF, Direction.OUTGOING)) {
      sides.putIfAbsent(collective, Side.CUSTOMER);
      for (Actor fellow : actors(eco, collective, RelationType.MEMBER_OF, Direction.INCOMING)) {
        sides.putIfAbsent(fellow, Side.CUSTOMER);
      }
    }
    Set<Actor> meetsAsProvider = new LinkedHashSet<>();
    for (ValueInUse v : values) {
      if (v.sphere() != Sphere.CUSTOMER) {
        meetsAsProvider.addAll(v.contributors());
      }
    }
    for (ValueInUse v : values) {
      for (Actor a : v.contributors()) {
        sides.putIfAbsent(a, meetsAsProvider.contains(a) ? Side.PROVIDER : Side.CUSTOMER);
      }
    }
    return ImmutableMap.copyOf(sides);
  }

  private static List<Actor> actors(
      ServiceEcosystem eco, Actor actor, RelationType type, Direction direction) {
    List<Actor> out = new ArrayList<>();
    for (Element e : eco.neighbours(actor, type, direction)) {
      if (e instanceof Actor a) {
        out.add(a);
      }
    }
    return out;
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
   * {@return {@code j_c}: the share of the joint-sphere weight on the customer's side, each joint
   * value-in-use split between the sides (half each when the provider's side takes part), in [1/2,
   * 1]; empty when undefined or when the customer has no joint value-in-use of non-zero valence}
   */
  public OptionalDouble customerShareOfJoint() {
    return customerShareOfJoint;
  }

  /**
   * {@return the dominance index {@code D = Σ σ_v·|x_v| / W = s_customer + s_joint · j_c}, in [0,
   * 1]: the share of the value weight on the customer's side; 0 when all value forms in the provider
   * sphere, 1 when all forms on the customer's side; empty when undefined}
   */
  public OptionalDouble index() {
    return index;
  }

  /**
   * {@return how the index reads: provider-dominant, co-creation or customer-dominant; empty when
   * undefined}
   */
  public Optional<DominanceReading> reading() {
    return index.isPresent()
        ? Optional.of(DominanceReading.of(index.getAsDouble()))
        : Optional.empty();
  }

  /**
   * {@return the side {@code actor} is on in the customer's value formation, by the rules of the
   * class description; empty for an actor that neither contributes to the customer's value-in-use
   * nor is tied to the customer as its provider, provider's member or partner, member or
   * collective}
   *
   * @param actor any actor
   */
  public Optional<Side> side(Actor actor) {
    return Optional.ofNullable(sides.get(requireNonNull(actor, "actor")));
  }

  /**
   * {@return every actor whose contributions carry part of the customer's value-in-use, by share
   * descending, ties by actor id; the shares sum to 1; empty when undefined. Value weight, not
   * control}
   */
  public List<ActorShare> ranking() {
    return ranking;
  }

  /**
   * {@return the actors that carry the greatest share of the value weight, ordered by id: one when
   * an actor leads alone; empty when undefined}
   */
  public List<Actor> valueLeaders() {
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
   * {@return the actor whose contributions carry the most of the customer's value-in-use, when it
   * leads alone; empty when undefined or when several actors tie at the top. It carries the most
   * value; whether it directs is {@link #conductor()}}
   */
  public Optional<Actor> valueLeader() {
    List<Actor> leaders = valueLeaders();
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
   * {@return how many of the customer's episodes record {@code initiative}: 0 or more}
   *
   * @param initiative who took the initiative
   */
  public int initiated(Initiative initiative) {
    return requireNonNull(initiatives.get(requireNonNull(initiative, "initiative")));
  }

  /** {@return whether the control reading is defined: some episode records a side's initiative} */
  public boolean isControlDefined() {
    return controlUndefinedReason.isEmpty();
  }

  /** {@return why the control reading is undefined, or empty when it is defined} */
  public Optional<String> controlUndefinedReason() {
    return controlUndefinedReason;
  }

  /**
   * {@return the control share {@code K = n_c / (n_c + n_p)}: the customer's share of the episodes
   * initiated by the customer or the provider, in [0, 1]; empty when no episode records either}
   */
  public OptionalDouble controlShare() {
    if (!isControlDefined()) {
      return OptionalDouble.empty();
    }
    int c = initiated(Initiative.CUSTOMER);
    return OptionalDouble.of((double) c / (c + initiated(Initiative.PROVIDER)));
  }

  /**
   * {@return the conductor: the side that directs the customer's value formation, the one that takes
   * more of the initiative ({@code K > 1/2}: the customer's; {@code K < 1/2}: the provider's); empty
   * when both take it equally often or when the control reading is undefined}
   */
  public Optional<Side> conductor() {
    if (!isControlDefined()) {
      return Optional.empty();
    }
    int c = initiated(Initiative.CUSTOMER);
    int p = initiated(Initiative.PROVIDER);
    if (c == p) {
      return Optional.empty();
    }
    return Optional.of(c > p ? Side.CUSTOMER : Side.PROVIDER);
  }

  /**
   * {@return the arrangement of the orchestra: who conducts combined with where value forms; empty
   * when the value reading or the control reading is undefined}
   */
  public Optional<Arrangement> arrangement() {
    if (!isDefined() || !isControlDefined()) {
      return Optional.empty();
    }
    return Optional.of(
        Arrangement.of(
            index.getAsDouble(), initiated(Initiative.CUSTOMER), initiated(Initiative.PROVIDER)));
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
   * {@return one paragraph a CRM user can read: where the value forms, the index and its reading,
   * who carries the most value, who conducts and the arrangement; or why a reading is undefined}
   */
  public String explanation() {
    StringBuilder out = new StringBuilder();
    if (undefinedReason.isPresent()) {
      out.append("Customer dominance is undefined: ").append(undefinedReason.get()).append('.');
    } else {
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
          .append(words(reading().orElseThrow()))
          .append("). ");
      List<Actor> leaders = valueLeaders();
      ActorShare top = ranking.get(0);
      if (leaders.size() == 1) {
        out.append('\'')
            .append(top.actor().id())
            .append("' carries the most value, ")
            .append(percent(top.share()))
            .append('.');
      } else {
        out.append(leaders.stream().map(a -> "'" + a.id() + "'").toList())
            .append(" carry the most value, ")
            .append(percent(top.share()))
            .append(" each.");
      }
    }
    out.append(' ');
    if (controlUndefinedReason.isPresent()) {
      out.append("Who conducts is unknown: ").append(controlUndefinedReason.get()).append('.');
      return out.toString();
    }
    int c = initiated(Initiative.CUSTOMER);
    int p = initiated(Initiative.PROVIDER);
    out.append("The customer initiated ")
        .append(c)
        .append(" and the provider ")
        .append(p)
        .append(" of ")
        .append(c + p)
        .append(" episodes (control share ")
        .append(String.format(Locale.ROOT, "%.3f", controlShare().getAsDouble()))
        .append("): ")
        .append(
            conductor()
                .map(s -> s == Side.CUSTOMER ? "the customer's" : "the provider's")
                .map(side -> side + " side conducts")
                .orElse("neither side conducts alone"));
    arrangement().ifPresent(a -> out.append("; arrangement ").append(words(a)));
    return out.append('.').toString();
  }

  /**
   * {@return a summary such as {@code CustomerDominance{pat: index 0.900, CUSTOMER_DOMINANT,
   * conductor CUSTOMER}}}
   */
  @Override
  public String toString() {
    return "CustomerDominance{"
        + customer.id()
        + ": "
        + (isDefined()
            ? String.format(
                Locale.ROOT, "index %.3f, %s", index.getAsDouble(), reading().orElseThrow())
            : "undefined")
        + (isControlDefined()
            ? ", conductor " + conductor().map(Side::name).orElse("none")
            : "")
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

  private static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
