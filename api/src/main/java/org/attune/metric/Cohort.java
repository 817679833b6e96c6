package org.attune.metric;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.internal.Aligner;
import org.attune.metric.internal.Batches;
import org.attune.metric.internal.ProfileRow;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

/**
 * A fixed list of customers of one ecosystem, looked up once and with their own logics packed into
 * flat arrays, to score against one provider after another without looking anything up again: the
 * way a CRM scores its whole customer base. Preparing a cohort costs one lookup per customer; then
 * {@link #measure(Metric, Actor, boolean)} runs the built-in profile metrics at the speed of a
 * hand-written loop over arrays, allocating nothing per customer beyond the result.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(eco, customers);          // once per ecosystem
 * double[] fit = cohort.measure(registry.metric("profile-deviation"), clinic, true);
 * }</pre>
 *
 * <p>The results are those of {@link Metric#measureAll(ServiceEcosystem, Actor, List, boolean)} on
 * the same customers, to the bit: {@link Double#NaN} where a score is undefined, whose reason {@link
 * Metric#measure(Dyad)} of that customer gives.
 *
 * <p>Immutable, null-hostile and thread-safe. Memory: two doubles per dimension of each customer's
 * own logic, plus a few ints and a double per customer.
 */
public final class Cohort {

  /** The most dimensions, summed over the customers, that one cohort packs: {@value}. */
  public static final int MAX_CELLS = Integer.MAX_VALUE - 8;

  private final ServiceEcosystem ecosystem;
  private final ImmutableList<Actor> customers;
  /** Customer k's dimensions are at {@code [offsets[k], offsets[k + 1])} of the flat arrays. */
  private final int[] offsets;
  /** The index into {@link #layouts} of customer k's dimension order; -1 if it has no own logic. */
  private final int[] layout;
  private final Dimension[][] layouts;
  private final double[] levels;
  private final double[] weights;
  private final double[] totals;
  /** Each customer's own logic, by position; null where it has none. */
  private final @Nullable Profile[] own;

  private Cohort(ServiceEcosystem ecosystem, ImmutableList<Actor> customers) {
    this(ecosystem, customers, ownLogics(ecosystem, customers));
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
    requireNonNull(customer, "customers element");
    try {
      return ecosystem.ownLogic(customer).orElse(null);
    } catch (IllegalArgumentException e) {
      throw Batches.notMember(k, customer);
    }
  }

  private Cohort(ServiceEcosystem ecosystem, ImmutableList<Actor> customers, @Nullable Profile[] own) {
    this.ecosystem = ecosystem;
    this.customers = customers;
    this.own = own;
    int n = customers.size();
    long cells = 0;
    for (Profile p : own) {
      if (p != null) {
        cells += p.size();
      }
    }
    if (cells > MAX_CELLS) {
      throw new IllegalArgumentException(
          "customers must hold at most " + MAX_CELLS + " dimensions in all, to fit one array, but"
              + " held " + cells + "; split them into several cohorts");
    }
    offsets = new int[n + 1];
    layout = new int[n];
    levels = new double[(int) cells];
    weights = new double[(int) cells];
    totals = new double[n];
    List<Dimension[]> distinct = new ArrayList<>();
    Map<List<Dimension>, Integer> layoutIndex = new HashMap<>();
    int last = -1;
    int at = 0;
    for (int k = 0; k < n; k++) {
      offsets[k] = at;
      Profile p = own[k];
      if (p == null) {
        layout[k] = -1;
        continue;
      }
      int size = p.size();
      if (last < 0 || !sameLayout(distinct.get(last), p)) {
        List<Dimension> dimensions = p.dimensions();
        Integer index = layoutIndex.get(dimensions);
        if (index == null) {
          index = distinct.size();
          layoutIndex.put(dimensions, index);
          distinct.add(dimensions.toArray(new Dimension[0]));
        }
        last = index;
      }
      layout[k] = last;
      for (int i = 0; i < size; i++) {
        levels[at + i] = p.levelAt(i);
        weights[at + i] = p.relativeWeightAt(i);
      }
      totals[k] = p.relativeTotalWeight();
      at += size;
    }
    offsets[n] = at;
    layouts = distinct.toArray(new Dimension[0][]);
  }

  /**
   * {@return a cohort of {@code customers}, in their order}
   *
   * @param ecosystem the ecosystem holding the customers
   * @param customers the customers: each an actor of {@code ecosystem}; repeats allowed
   * @throws NullPointerException if an argument or a customer is null
   * @throws IllegalArgumentException if a customer is not in {@code ecosystem} (the message names
   *     the first such), or their own logics hold more than {@link #MAX_CELLS} dimensions in all
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
   * {@return {@code metric}'s values for {@code provider} against each customer, in order}: {@code
   * metric.measureAll(this, provider, parallel)}
   *
   * @param metric the metric
   * @param provider the provider: an actor of the cohort's ecosystem
   * @param parallel whether to score in parallel; the result is the same to the bit
   * @throws IllegalArgumentException if {@code provider} is not in the ecosystem
   */
  public double[] measure(Metric metric, Actor provider, boolean parallel) {
    return requireNonNull(metric, "metric").measureAll(this, provider, parallel);
  }

  /**
   * {@return {@code kernel} applied to each customer's own logic {@code (c, c)} against {@code
   * provider}'s own logic {@code (p, p)}, in order}; {@link Double#NaN} for a customer without own
   * logic, and for every customer if the provider has none. Allocates nothing per customer beyond the
   * result; with {@code parallel}, the result is the same to the bit.
   *
   * @param provider the provider: an actor of the cohort's ecosystem
   * @param kernel the metric's arithmetic
   * @param parallel whether to score in parallel
   * @throws IllegalArgumentException if {@code provider} is not in the ecosystem
   */
  public double[] compare(Actor provider, ProfileKernel kernel, boolean parallel) {
    requireNonNull(kernel, "kernel");
    Batches.requireProvider(ecosystem, provider);
    Optional<Profile> offering = ecosystem.ownLogic(provider);
    int n = customers.size();
    if (offering.isEmpty()) {
      return Batches.undefined(n);
    }
    Profile offered = offering.get();
    return Batches.run(
        n,
        parallel,
        () -> {
          Aligner aligner = new Aligner(offered);
          ProfileRow row = new ProfileRow();
          return (from, to, out) -> {
            for (int k = from; k < to; k++) {
              int shape = layout[k];
              if (shape < 0) {
                out[k] = Double.NaN;
                continue;
              }
              int base = offsets[k];
              double[] other = aligner.align(layouts[shape]);
              out[k] =
                  kernel.value(
                      row.point(levels, weights, base, offsets[k + 1] - base, totals[k], other));
            }
          };
        });
  }

  /** {@return a form such as {@code Cohort{1000 customers, 1 dimension layout}}} */
  @Override
  public String toString() {
    return "Cohort{" + customers.size() + " customers, " + layouts.length + " dimension layouts}";
  }

  @SuppressWarnings("ReferenceEquality") // identity first, as a fast path; equals decides
  private static boolean sameLayout(Dimension[] layout, Profile p) {
    if (layout.length != p.size()) {
      return false;
    }
    for (int i = 0; i < layout.length; i++) {
      Dimension d = p.dimensionAt(i);
      if (d != layout[i] && !d.equals(layout[i])) {
        return false;
      }
    }
    return true;
  }
}
