package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

/** Nesting depth bookkeeping: computed once per node from its operands, never recursively. */
final class Depth {
  private Depth() {}

  static int of(Iterable<Condition> operands) {
    int max = 0;
    for (Condition c : operands) {
      max = Math.max(max, c.depth());
    }
    return max + 1;
  }

  static void check(String what, int depth) {
    checkArgument(
        depth <= Condition.MAX_DEPTH,
        "%s: condition nesting depth %s exceeds the limit of %s levels",
        what,
        depth,
        Condition.MAX_DEPTH);
  }
}
