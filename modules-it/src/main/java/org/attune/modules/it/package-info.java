/** A user's own metric, contributed to Attune's registry from a named module. */
package org.attune.modules.it;
