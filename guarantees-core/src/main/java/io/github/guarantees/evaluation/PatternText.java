package io.github.guarantees.evaluation;

import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.PartyPatternVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event pattern in words, for explanations: {@code armed-attack by RU against FR (while a
 * member) in europe}. A rendering only: explanations keep the pattern itself as data.
 */
final class PatternText implements PartyPatternVisitor<String> {
  private static final PatternText INSTANCE = new PatternText();

  private PatternText() {}

  static String of(Occurred o) {
    return o.trigger()
        + o.actor().map(p -> " by " + p.accept(INSTANCE)).orElse("")
        + o.target().map(p -> " against " + p.accept(INSTANCE)).orElse("")
        + o.place().map(p -> " in " + p).orElse("");
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Override
  public String visitNamed(PartyPattern.Named p) {
    return p.party();
  }

  @Override
  public String visitMember(PartyPattern.Member p) {
    return "a member";
  }

  @Override
  public String visitNonMember(PartyPattern.NonMember p) {
    return "a non-member";
  }

  @Override
  public String visitHasRole(PartyPattern.HasRole p) {
    return "a " + words(p.role());
  }

  @Override
  public String visitHasAttribute(PartyPattern.HasAttribute p) {
    return "a party with " + words(p.attribute());
  }

  @Override
  public String visitOwed(PartyPattern.Owed p) {
    return "the party owed";
  }

  @Override
  public String visitBoth(PartyPattern.Both p) {
    // A named party with conditions reads "FR (while a member)".
    String named = null;
    List<String> rest = new ArrayList<>();
    for (PartyPattern q : p.patterns()) {
      if (named == null && q instanceof PartyPattern.Named n) {
        named = n.party();
      } else {
        rest.add(q.accept(this));
      }
    }
    String conditions = String.join(" and ", rest);
    if (named == null) {
      return conditions;
    }
    return rest.isEmpty() ? named : named + " (while " + conditions + ")";
  }
}
