package org.attune.metric.alignment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.metric.Cohort;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * The own logics of a cohort's customers packed into flat arrays, derived once per cohort ({@link
 * #KEY}): what lets the profile metrics score a million customers as a loop over arrays. Customers
 * with the same dimensions in the same order, the usual CRM case, share one layout, so that the
 * provider's offering is lined up with a layout once, not once per customer.
 *
 * <p>Immutable once built. Memory: two doubles per dimension of each customer's own logic, plus a
 * few ints and a double per customer.
 */
final class PackedLogics {

  /** The most dimensions, summed over the customers, that one cohort packs: {@value}. */
  static final int MAX_CELLS = Integer.MAX_VALUE - 8;

  /** The key under which a cohort keeps its packed logics. */
  static final Cohort.Derived<PackedLogics> KEY =
      Cohort.Derived.of(PackedLogics.class, PackedLogics::of);

  /** Customer k's dimensions are at {@code [offsets[k], offsets[k + 1])} of the flat arrays. */
  final int[] offsets;
  /** The index into {@link #layouts} of customer k's dimension order; -1 if it has no own logic. */
  final int[] layout;
  final Dimension[][] layouts;
  final double[] levels;
  final double[] weights;
  final double[] totals;

  private PackedLogics(
      int[] offsets,
      int[] layout,
      Dimension[][] layouts,
      double[] levels,
      double[] weights,
      double[] totals) {
    this.offsets = offsets;
    this.layout = layout;
    this.layouts = layouts;
    this.levels = levels;
    this.weights = weights;
    this.totals = totals;
  }

  private static PackedLogics of(Cohort cohort) {
    int n = cohort.size();
    Profile[] own = new Profile[n];
    long cells = 0;
    for (int k = 0; k < n; k++) {
      own[k] = cohort.ownLogic(k).orElse(null);
      if (own[k] != null) {
        cells += own[k].size();
      }
    }
    checkArgument(
        cells <= MAX_CELLS,
        "customers must hold at most %s dimensions in all, to fit one array, but held %s; split"
            + " them into several cohorts",
        MAX_CELLS,
        cells);
    int[] offsets = new int[n + 1];
    int[] layout = new int[n];
    double[] levels = new double[(int) cells];
    double[] weights = new double[(int) cells];
    double[] totals = new double[n];
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
    return new PackedLogics(
        offsets, layout, distinct.toArray(new Dimension[0][]), levels, weights, totals);
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
