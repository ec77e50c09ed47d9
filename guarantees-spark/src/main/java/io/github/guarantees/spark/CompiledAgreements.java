package io.github.guarantees.spark;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One compiled evaluator per agreement per JVM: an executor reads the broadcast agreement text and
 * compiles it on first use, then every task on that executor shares the evaluator (it is immutable
 * and thread-safe).
 */
final class CompiledAgreements {
  private static final ConcurrentMap<String, Evaluator> BY_TEXT = new ConcurrentHashMap<>();

  private CompiledAgreements() {}

  static Evaluator of(String json) {
    return BY_TEXT.computeIfAbsent(
        json,
        t -> Evaluator.compile(FileFormat.readAgreement("broadcast agreement", t, Syntax.JSON)));
  }
}
