package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

/**
 * A fixed list of customers of one ecosystem, with each one's own logic looked up once, to score
 * against one provider after another, with one metric after another, without looking the customers
 * up again: the way a CRM scores its whole customer base (see {@link Scoring}).
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(eco, customers);          // once per ecosystem version
 * Scores fit = Scoring.sequential().score(registry.metric("profile-deviation"), cohort, clinic);
 * }</pre>
 *
 * <p>Metrics may keep data they derive from a cohort's customers with the cohort ({@link
 * #derived(Derived)}), computed once on first use: the built-in profile metrics pack the own logics
 * into flat arrays this way, so that scoring a million customers is a loop over arrays.
 *
 * <p>Immutable in what it shows, null-hostile and thread-safe.
 */
public final class Cohort {

  private final ServiceEcosystem ecosystem;
  private final ImmutableList<Actor> customers;
  /** Each customer's own logic, by position; null where it has none. */
  private final @Nullable Profile[] own;
  private final ConcurrentMap<Derived<?>, Object> derived = new ConcurrentHashMap<>();

  private Cohort(ServiceEcosystem ecosystem, ImmutableList<Actor> customers) {
    this(ecosystem, customers, ownLogics(ecosystem, customers));
  }

  private Cohort(
      ServiceEcosystem ecosystem, ImmutableList<Actor> customers, @Nullable Profile[] own) {
    this.ecosystem = ecosystem;
    this.customers = customers;
    this.own = own;
  }

  private static @Nullable Profile[] ownLogics(
      ServiceEcosystem ecosystem, ImmutableList<Actor> customers) {
    Profile[] own = new Profile[customers.size()];
    for (int k = 0; k < own.length; k++) {
      own[k] = ownLogic(ecosystem, customers.get(k), k);
    }
    return own;
  }

  private static @Nullable Profile ownLogic(ServiceEcosystem ecosystem, Actor customer, int k) {
    requireNonNull(customer, () -> "customers[" + k + "]");
    checkArgument(
        ecosystem.contains(customer),
        "customers[%s] must be an actor of the ecosystem, but was '%s' (not in it)",
        k,
        customer.id());
    return ecosystem.ownLogic(customer).orElse(null);
  }

  /**
   * {@return a cohort of {@code customers}, in their order}
   *
   * @param ecosystem the ecosystem holding the customers
   * @param customers the customers: each an actor of {@code ecosystem}; repeats allowed
   * @throws NullPointerException if an argument or a customer is null
   * @throws IllegalArgumentException if a customer is not in {@code ecosystem} (the message names
   *     the first such)
   */
  public static Cohort of(ServiceEcosystem ecosystem, List<? extends Actor> customers) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customers, "customers");
    return new Cohort(ecosystem, ImmutableList.copyOf(customers));
  }

  /**
   * {@return a cohort of the same customers in {@code version}, a later version of this cohort's
   * ecosystem, looking up again only the customers in {@code changed}}; the others keep the own logic
   * packed here. Refreshing costs one lookup per changed customer and a copy of the packed arrays,
   * not one lookup per customer: the way to follow a stream of events (see {@link
   * ServiceEcosystem#toBuilder()}).
   *
   * <pre>{@code
   * ServiceEcosystem next = eco.toBuilder().perspective(alice, alice, newLogic).build();
   * Cohort refreshed = cohort.refresh(next, List.of(alice));
   * }</pre>
   *
   * <p>The caller vouches that every customer not in {@code changed} holds the same own logic in
   * {@code version} as in this cohort's ecosystem (as when {@code version} was derived by edits that
   * touch only the customers in {@code changed}); that is not checked, since checking it would cost
   * the lookups a refresh saves. {@link #of(ServiceEcosystem, List)} is the checked way.
   *
   * @param version the ecosystem the new cohort belongs to
   * @param changed the customers whose own logic may differ in {@code version}; customers of this
   *     cohort, or others, which are ignored
   * @throws NullPointerException if an argument or a changed customer is null
   * @throws IllegalArgumentException if a changed customer of this cohort is not in {@code version}
   */
  public Cohort refresh(ServiceEcosystem version, Collection<? extends Actor> changed) {
    requireNonNull(version, "version");
    Set<Actor> touched = new HashSet<>();
    for (Actor a : requireNonNull(changed, "changed")) {
      touched.add(requireNonNull(a, "changed element"));
    }
    Profile[] logic = own.clone();
    for (int k = 0; k < logic.length; k++) {
      Actor customer = customers.get(k);
      if (touched.contains(customer)) {
        logic[k] = ownLogic(version, customer, k);
      }
    }
    return new Cohort(version, customers, logic);
  }

  /** {@return the ecosystem the customers belong to} */
  public ServiceEcosystem ecosystem() {
    return ecosystem;
  }

  /** {@return the customers, in order} */
  public List<Actor> customers() {
    return customers;
  }

  /** {@return the number of customers} */
  public int size() {
    return customers.size();
  }

  /**
   * {@return the customer at {@code i}}
   *
   * @param i in [0, {@link #size()})
   */
  public Actor customer(int i) {
    return customers.get(i);
  }

  /**
   * {@return the own logic {@code (c, c)} of the customer at {@code i}, as looked up when this
   * cohort was made or refreshed, or empty if it has none}
   *
   * @param i in [0, {@link #size()})
   */
  public Optional<Profile> ownLogic(int i) {
    checkElementIndex(i, own.length, "customer index");
    return Optional.ofNullable(own[i]);
  }

  /**
   * {@return the data {@code key} derives from this cohort, computed on first use and then kept with
   * the cohort}; a cohort made by {@link #refresh} derives its own again
   *
   * @param key what to derive; derived data are looked up by the key's identity
   * @param <T> the type of the data
   */
  public <T> T derived(Derived<T> key) {
    requireNonNull(key, "key");
    Object value = derived.get(key);
    if (value == null) {
      value = derived.computeIfAbsent(key, k -> requireNonNull(k.compute(this), "derived data"));
    }
    return key.type().cast(value);
  }

  /**
   * What a metric derives from a cohort's customers and keeps with the cohort, such as its own
   * logics packed into flat arrays: a key for {@link Cohort#derived(Derived)}, compared by identity.
   * Keep one in a constant.
   *
   * <pre>{@code
   * static final Cohort.Derived<Packed> PACKED = Cohort.Derived.of(Packed.class, Packed::of);
   * Packed packed = cohort.derived(PACKED);
   * }</pre>
   *
   * @param <T> the type of the data
   */
  public static final class Derived<T> {
    private final Class<T> type;
    private final Function<Cohort, ? extends T> compute;

    private Derived(Class<T> type, Function<Cohort, ? extends T> compute) {
      this.type = type;
      this.compute = compute;
    }

    /**
     * {@return a new key}
     *
     * @param type the type of the data
     * @param compute derives the data from a cohort: pure, never null
     * @param <T> the type of the data
     */
    public static <T> Derived<T> of(Class<T> type, Function<Cohort, ? extends T> compute) {
      return new Derived<>(requireNonNull(type, "type"), requireNonNull(compute, "compute"));
    }

    Class<T> type() {
      return type;
    }

    T compute(Cohort cohort) {
      return compute.apply(cohort);
    }

    /** {@return a form such as {@code Derived{Packed}}} */
    @Override
    public String toString() {
      return "Derived{" + type.getSimpleName() + "}";
    }
  }

  /** {@return a form such as {@code Cohort{1000 customers}}} */
  @Override
  public String toString() {
    return "Cohort{" + customers.size() + " customers}";
  }
}
