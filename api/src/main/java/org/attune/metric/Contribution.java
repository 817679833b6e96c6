package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.attune.model.internal.Arguments;

/**
 * One factor's share of the misfit a {@link Score} found: the dimension, activity, actor, institution
 * or touchpoint that cost fit, and the fraction of the lost fit it accounts for. The contributions of
 * a score sum to 1 when there is misfit to share, and are empty when there is none.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param factor what cost fit, such as a dimension name ({@code "functional"}) or an element ({@code
 *     "activity measure-glucose"}): non-blank
 * @param share its share of the misfit: in (0, 1]
 */
public record Contribution(String factor, double share) {

  /**
   * Validates the components.
   *
   * @param factor what cost fit: non-blank
   * @param share its share of the misfit: in (0, 1]
   * @throws NullPointerException if {@code factor} is null
   * @throws IllegalArgumentException if {@code factor} is blank or {@code share} is not in (0, 1]
   */
  public Contribution {
    Arguments.nonBlank(factor, "factor");
    checkArgument(
        share > 0 && share <= 1, "share of %s must be a number in (0, 1], but was %s", factor, share);
  }

  /**
   * {@return the shares of {@code misfit}: each factor's part divided by the total of the parts,
   * factors with a part of 0 left out, and those whose share rounds to 0 (a part below about 4.9e-324
   * of the total), ordered by share (largest first) and then by the map's iteration order}; empty when
   * the total is 0. Parts whose total overflows are first scaled down together by a power of two,
   * so that only their ratios count. Shares equal to 9 decimals count as ties, so that
   * rounding (0.7 − 0.9 is −0.20000000000000007 in doubles) does not reorder factors that are equal
   * on paper. A helper for metric authors.
   *
   * <pre>{@code
   * Map<String, Double> misfit = new LinkedHashMap<>();
   * misfit.put("functional", 0.3);
   * misfit.put("emotional", 0.1);
   * Contribution.shares(misfit);   // [functional 0.75, emotional 0.25]
   * }</pre>
   *
   * @param misfit factor to its part of the misfit: each finite and non-negative; iterate it in a
   *     deterministic order (such as a {@link java.util.LinkedHashMap}'s) for deterministic ties
   * @throws IllegalArgumentException if a part is negative, NaN or infinite
   */
  public static List<Contribution> shares(Map<String, Double> misfit) {
    requireNonNull(misfit, "misfit");
    int n = misfit.size();
    String[] factors = new String[n];
    double[] parts = new double[n];
    int i = 0;
    for (Map.Entry<String, Double> e : misfit.entrySet()) {
      double part = requireNonNull(e.getValue(), () -> "misfit of " + e.getKey());
      Shares.check(e.getKey(), part);
      factors[i] = e.getKey();
      parts[i++] = part;
    }
    double[] shares = new double[n];
    int[] order = new int[n];
    int m = Shares.compute(parts, n, shares, order);
    ImmutableList.Builder<Contribution> result = ImmutableList.builderWithExpectedSize(m);
    for (int k = 0; k < m; k++) {
      result.add(new Contribution(factors[order[k]], shares[order[k]]));
    }
    return result.build();
  }
}
