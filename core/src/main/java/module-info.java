/**
 * The immutable domain model of Attune: actors, resources, institutions, activities, touchpoints,
 * value propositions, relations, profiles, value-in-use, emotions, episodes and journeys, after
 * Customer-Dominant Logic (Heinonen &amp; Strandvik 2015) and Service-Dominant Logic (Vargo &amp; Lusch
 * 2016).
 *
 * <p>The module knows no graph and no logging; it depends on the JDK and Guava only.
 */
@SuppressWarnings("module") // the qualified export names org.attune.api, built after this module
module org.attune.core {
  requires com.google.common;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports org.attune.model;
  // the argument checks and text rules shared with the API; not part of the API itself
  exports org.attune.model.internal to
      org.attune.api;
}
