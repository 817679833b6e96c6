/**
 * Pictures of what Attune sees, as self-contained SVG: the customer ecosystem in rings around the
 * customer, a profile against an offering, trajectories as line charts, the directly-follows graph
 * of journeys and who conducts value formation; and one self-contained HTML page that holds text
 * reports beside their pictures. Hand-written and deterministic: the same input gives the same bytes.
 * It needs the API alone, and the core and the API know nothing of it.
 */
module org.attune.report {
  requires transitive org.attune.api;
  requires static org.jspecify;

  exports org.attune.report;
}
