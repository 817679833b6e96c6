package org.attune.model;

/**
 * Which view of a logic a {@link Perspective} is: an actor may hold several views of the same
 * subject. Self-congruity theory compares the image of a product's typical user with several
 * self-images: the actual self (how one sees oneself), the ideal self (how one would like to see
 * oneself), the social self (how one believes others see one) and the ideal social self (how one
 * would like others to see one) (Sirgy 1982, "Self-concept in consumer behavior: a critical review",
 * <i>Journal of Consumer Research</i> 9(3); Sirgy et al. 1997, <i>Journal of the Academy of
 * Marketing Science</i> 25(3)). Expectation–disconfirmation compares the performance expected of a
 * provider with the performance perceived (Oliver 1980, "A cognitive model of the antecedents and
 * consequences of satisfaction decisions", <i>Journal of Marketing Research</i> 17(4)).
 *
 * <p>{@link #ACTUAL} is the default: a perspective made without an aspect is the actual view, as
 * every perspective was before aspects existed.
 */
public enum Aspect {
  /** The view as the holder holds it to be: the actual self, or the image of another actor. */
  ACTUAL("actual"),
  /** The ideal self: how the holder would like the subject (itself) to be (Sirgy 1982). */
  IDEAL("ideal"),
  /** The social self: how the holder believes others see the subject (Sirgy 1982). */
  SOCIAL("social"),
  /** The ideal social self: how the holder would like others to see the subject (Sirgy 1982). */
  IDEAL_SOCIAL("ideal social"),
  /** The performance the holder expects of the subject, before the encounter (Oliver 1980). */
  EXPECTED("expected"),
  /** The performance the holder perceived of the subject, after the encounter (Oliver 1980). */
  PERCEIVED("perceived");

  private final String label;

  Aspect(String label) {
    this.label = label;
  }

  /** {@return the aspect in words, lower case, such as {@code "ideal social"}} */
  public String label() {
    return label;
  }
}
