package org.attune.model;

/**
 * Where value creation takes place, after Grönroos &amp; Voima (2013): the provider facilitates value in
 * its own sphere, co-creates it with the customer in the joint sphere, and the customer creates value
 * independently in its own sphere, where CDL says value is formed.
 */
public enum Sphere {
  /** The provider produces resources and processes that facilitate the customer's value creation. */
  PROVIDER,
  /** Provider and customer interact directly: value is co-created. */
  JOINT,
  /** The customer creates value independently, in its own life and ecosystem. */
  CUSTOMER
}
