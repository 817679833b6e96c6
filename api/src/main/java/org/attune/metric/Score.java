package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.attune.model.internal.Arguments;

/**
 * What a {@link Metric} found for a {@link Dyad}: either a defined score, with a value in [0, 1] (1 =
 * perfect fit), the {@link Contribution}s of the factors that cost fit and a one-sentence
 * explanation; or an undefined score, with the reason saying what data were missing. A metric never
 * makes up a number: where its formula has no data, the score is undefined.
 *
 * <p>Immutable, null-hostile and thread-safe. Two scores are equal when they say the same: both
 * undefined, or both defined with the same value (to the bit) and the same contributions. The wording
 * of the explanation or of the reason takes no part, so that rewording a sentence, or a batch that
 * writes none ({@link Scores}), changes no equality.
 *
 * <pre>{@code
 * Score s = metric.measure(dyad);
 * if (s.isDefined()) {
 *   System.out.println(s.value() + ": " + s.explanation());
 * } else {
 *   System.out.println("undefined: " + s.explanation());
 * }
 * }</pre>
 */
public final class Score {

  /** How far the shares of a score's contributions may sum from 1, for rounding: {@value}. */
  public static final double SHARE_TOLERANCE = 1e-9;

  private final double value;
  private final ImmutableList<Contribution> contributions;
  private final String explanation;
  private final boolean defined;

  private Score(
      double value, ImmutableList<Contribution> contributions, String explanation, boolean defined) {
    this.value = value;
    this.contributions = contributions;
    this.explanation = explanation;
    this.defined = defined;
  }

  /**
   * {@return a defined score}
   *
   * @param value in [0, 1]; 1 is a perfect fit
   * @param contributions the factors' shares of the misfit: empty when there is none to share,
   *     otherwise distinct factors whose shares sum to 1 within {@link #SHARE_TOLERANCE}; with a
   *     value of exactly 1 there is no misfit, so they are dropped (rounding can leave a metric a
   *     misfit of 1e-17 that its value does not show)
   * @param explanation one sentence a CRM user can read: non-blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not in [0, 1], the contributions repeat a
   *     factor or do not sum to 1, or {@code explanation} is blank
   */
  public static Score defined(double value, List<Contribution> contributions, String explanation) {
    checkArgument(value >= 0 && value <= 1, "value must be a number in [0, 1], but was %s", value);
    ImmutableList<Contribution> copy =
        ImmutableList.copyOf(requireNonNull(contributions, "contributions"));
    if (value == 1) {
      copy = ImmutableList.of();
    }
    if (!copy.isEmpty()) {
      double sum = 0;
      Set<String> factors = new HashSet<>();
      for (Contribution c : copy) {
        checkArgument(
            factors.add(c.factor()),
            "contributions must name each factor once, but named '%s' twice",
            c.factor());
        sum += c.share();
      }
      checkArgument(
          Math.abs(sum - 1) <= SHARE_TOLERANCE,
          "contributions must have shares summing to 1, but they sum to %s: %s",
          sum,
          copy);
    }
    return new Score(value, copy, Arguments.nonBlank(explanation, "explanation"), true);
  }

  /**
   * {@return an undefined score}
   *
   * @param reason what is missing, as one sentence a CRM user can read: non-blank
   * @throws NullPointerException if {@code reason} is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public static Score undefined(String reason) {
    return new Score(Double.NaN, ImmutableList.of(), Arguments.nonBlank(reason, "reason"), false);
  }

  /** {@return whether this score has a value} */
  public boolean isDefined() {
    return defined;
  }

  /**
   * {@return the value, in [0, 1]; 1 is a perfect fit}
   *
   * @throws IllegalStateException if this score is undefined; the message gives the reason
   */
  public double value() {
    checkState(defined, "score is undefined: %s", explanation);
    return value;
  }

  /** {@return the value, or empty if this score is undefined} */
  public OptionalDouble valueOrEmpty() {
    return defined ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * {@return the value, or {@link Double#NaN} if this score is undefined}: the form {@link
   * Scores#values()} uses in its arrays
   */
  public double valueOrNaN() {
    return value;
  }

  /**
   * {@return the factors that cost fit, largest share first; their shares sum to 1}; empty when there
   * is no misfit to share or the score is undefined
   */
  public List<Contribution> contributions() {
    return contributions;
  }

  /** {@return one sentence a CRM user can read: what the score means, or why it is undefined} */
  public String explanation() {
    return explanation;
  }

  /** {@return why this score is undefined, or empty if it is defined} */
  public Optional<String> reason() {
    return defined ? Optional.empty() : Optional.of(explanation);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Score that
        && defined == that.defined
        && Double.compare(value, that.value) == 0
        && contributions.equals(that.contributions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defined, value, contributions);
  }

  /** {@return a form such as {@code Score{0.84: explanation}} or {@code Score{undefined: reason}}} */
  @Override
  public String toString() {
    return defined
        ? "Score{" + String.format(Locale.ROOT, "%.4f", value) + ": " + explanation + "}"
        : "Score{undefined: " + explanation + "}";
  }
}
