/**
 * Real alliances encoded with the constructs of docs/SEMANTICS.md: pledges owed to whichever member
 * is attacked, the place of an attack, membership over time. {@link
 * io.github.guarantees.examples.alliances.NorthAtlanticAlliance} re-encodes the North Atlantic
 * Treaty so.
 */
@NullMarked
package io.github.guarantees.examples.alliances;

import org.jspecify.annotations.NullMarked;
