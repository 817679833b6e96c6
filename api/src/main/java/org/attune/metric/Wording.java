package org.attune.metric;

import java.util.Locale;

/**
 * The wording of the SPI's own sentences (composites, reports): numbers in a fixed locale. The
 * built-ins word theirs with {@code org.attune.metric.internal.Texts}, which this package does not
 * import, so that the SPI depends on none of its sub-packages.
 */
final class Wording {

  private Wording() {}

  /** {@return {@code value} with two decimals, such as {@code 0.84}, whatever the default locale} */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** {@return {@code sentence} without its final full stop, to embed it in another sentence} */
  static String clause(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }
}
