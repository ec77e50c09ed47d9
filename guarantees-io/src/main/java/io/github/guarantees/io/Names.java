package io.github.guarantees.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enum constants as the files spell them: {@code FORCE_DEPLOYMENT} is {@code force-deployment}. */
final class Names {
  private Names() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Accepts the file spelling and the Java one, in any case. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static <E extends Enum<E>> List<String> all(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(of(e));
    }
    return out;
  }
}
