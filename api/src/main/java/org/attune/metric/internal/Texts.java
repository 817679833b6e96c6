package org.attune.metric.internal;

import java.util.List;
import java.util.Locale;
import org.attune.metric.Contribution;

/** The wording of explanations: numbers in a fixed locale, plurals, the costliest factor. */
public final class Texts {

  private Texts() {}

  /**
   * {@return {@code value} with two decimals, such as {@code 0.84}, whatever the default locale}
   *
   * @param value the number
   */
  public static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * {@return {@code share} as a whole percentage, such as {@code 67%}}
   *
   * @param share in [0, 1]
   */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /**
   * {@return {@code count} and the noun, singular or plural, such as {@code 3 dimensions}}
   *
   * @param count how many
   * @param singular the noun for one
   * @param plural the noun for many
   */
  public static String count(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /**
   * {@return {@code sentence} without its final full stop, to embed it in another sentence}
   *
   * @param sentence a sentence
   */
  public static String clause(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  /**
   * {@return a clause naming the factor that costs the most fit, such as {@code "; functional costs
   * the most fit (60%)"}, or the empty string if there is none}
   *
   * @param contributions the contributions, largest share first
   */
  public static String costliest(List<Contribution> contributions) {
    if (contributions.isEmpty()) {
      return "";
    }
    Contribution top = contributions.get(0);
    return "; " + top.factor() + " costs the most fit (" + percent(top.share()) + " of the misfit)";
  }
}
