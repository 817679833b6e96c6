package org.attune.model;

/** The stage of a customer journey a {@link Touchpoint} belongs to (Lemon &amp; Verhoef 2016). */
public enum JourneyStage {
  /** Need recognition, search and consideration, before the purchase. */
  PREPURCHASE,
  /** Choice, ordering and payment. */
  PURCHASE,
  /** Usage, consumption, service requests and engagement after the purchase. */
  POSTPURCHASE
}
