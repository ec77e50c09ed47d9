package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;

/**
 * Which parties an event's actor or target may be: a named party, the members of the agreement at
 * the event's instant, the parties that are not members then, the parties with a role or an
 * attribute in the agreement, or the party a pledge is owed to. The set of kinds is closed; a new
 * kind adds a method to {@link PartyPatternVisitor}, so every place that must decide it stops
 * compiling until it does. docs/SEMANTICS.md gives each kind's meaning.
 *
 * <p>Roles and attributes are named by the constants of the model's {@code Role} and {@code
 * PartyAttribute} (the condition language sits below the model); an agreement rejects a name that
 * is neither when it is built.
 *
 * <p>Written as text (in files, and by {@code toString}): a party id; {@code @member}; {@code
 * @non-member}; {@code @role:BENEFICIARY}; {@code @attribute:NUCLEAR_POWER}; {@code @owed}; several
 * joined by {@code &} for "all of them". {@link #parse(String)} reads that text back.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PartyPattern
    permits PartyPattern.Named,
        PartyPattern.Member,
        PartyPattern.NonMember,
        PartyPattern.HasRole,
        PartyPattern.HasAttribute,
        PartyPattern.Owed,
        PartyPattern.Both {

  /**
   * Applies a visitor to this pattern.
   *
   * @param visitor the visitor, not null
   * @param <R> the visitor's result type
   * @return the visitor's result
   */
  <R> R accept(PartyPatternVisitor<R> visitor);

  /**
   * The party with this id.
   *
   * @param party the party id, not null or blank
   * @return the pattern
   * @throws NullPointerException if party is null
   * @throws IllegalArgumentException if party is blank
   */
  static PartyPattern named(String party) {
    return new Named(party);
  }

  /**
   * Any party that is a member of the agreement at the event's instant: a signatory that has joined
   * and not left (see {@code Agreement.memberships()}).
   *
   * @return the pattern
   */
  static PartyPattern member() {
    return Member.INSTANCE;
  }

  /**
   * Any party of the agreement that is not a member at the event's instant (a third party, or a
   * signatory before it joined or after it left).
   *
   * @return the pattern
   */
  static PartyPattern nonMember() {
    return NonMember.INSTANCE;
  }

  /**
   * Any party with a role in the agreement, e.g. {@code BENEFICIARY}.
   *
   * @param role the name of a {@code Role} constant, not null
   * @return the pattern
   * @throws NullPointerException if role is null
   */
  static PartyPattern hasRole(String role) {
    return new HasRole(role);
  }

  /**
   * Any party of the agreement with a standing attribute, e.g. {@code NUCLEAR_POWER}.
   *
   * @param attribute the name of a {@code PartyAttribute} constant, not null
   * @return the pattern
   * @throws NullPointerException if attribute is null
   */
  static PartyPattern hasAttribute(String attribute) {
    return new HasAttribute(attribute);
  }

  /**
   * The party the pledge is owed to: in a pledge owed to each party of a set ({@code
   * Pledge.owedTo()}), the party of each instance, while it belongs to the set at the event's
   * instant. Only the conditions of such a pledge may use it.
   *
   * @return the pattern
   */
  static PartyPattern owed() {
    return Owed.INSTANCE;
  }

  /**
   * A party that matches every one of the patterns.
   *
   * @param patterns at least one pattern, none null
   * @return the pattern
   * @throws NullPointerException if patterns or one of them is null
   * @throws IllegalArgumentException if there is no pattern
   */
  static PartyPattern both(PartyPattern... patterns) {
    return new Both(
        ImmutableList.copyOf(Arrays.asList(Objects.requireNonNull(patterns, "patterns"))));
  }

  /**
   * Reads a pattern written as {@code toString} writes it.
   *
   * @param text the text, not null
   * @return the pattern
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException naming the text if it is not a pattern
   */
  static PartyPattern parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("&", -1);
    PartyPattern[] out = new PartyPattern[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.equals("@member")) {
        out[i] = member();
      } else if (p.equals("@non-member")) {
        out[i] = nonMember();
      } else if (p.equals("@owed")) {
        out[i] = owed();
      } else if (p.startsWith("@role:") && p.length() > 6) {
        out[i] = hasRole(p.substring(6));
      } else if (p.startsWith("@attribute:") && p.length() > 11) {
        out[i] = hasAttribute(p.substring(11));
      } else if (!p.isEmpty()
          && !p.startsWith("@")
          && p.chars().noneMatch(Character::isWhitespace)) {
        out[i] = named(p);
      } else {
        throw new IllegalArgumentException(
            "party pattern '"
                + text
                + "': expected a party id, @member, @non-member, @owed, @role:<ROLE> or"
                + " @attribute:<ATTRIBUTE>, several joined by &");
      }
    }
    return out.length == 1 ? out[0] : new Both(ImmutableList.copyOf(out));
  }

  /**
   * The party with a given id.
   *
   * @param party the party id
   */
  record Named(String party) implements PartyPattern {
    /**
     * Checks the id.
     *
     * @param party the party id, not null or blank
     * @throws NullPointerException if party is null
     */
    public Named {
      Objects.requireNonNull(party, "party");
      checkArgument(!party.isBlank(), "party pattern: the party id is blank");
    }

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitNamed(this);
    }

    @Override
    public String toString() {
      return party;
    }
  }

  /** A member at the event's instant. */
  enum Member implements PartyPattern {
    /** The only instance. */
    INSTANCE;

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitMember(this);
    }

    @Override
    public String toString() {
      return "@member";
    }
  }

  /** A party of the agreement that is not a member at the event's instant. */
  enum NonMember implements PartyPattern {
    /** The only instance. */
    INSTANCE;

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitNonMember(this);
    }

    @Override
    public String toString() {
      return "@non-member";
    }
  }

  /**
   * A party with a role in the agreement.
   *
   * @param role the name of a {@code Role} constant
   */
  record HasRole(String role) implements PartyPattern {
    /**
     * Checks the name.
     *
     * @param role the role's name, not null
     * @throws NullPointerException if role is null
     */
    public HasRole {
      Objects.requireNonNull(role, "role");
    }

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitHasRole(this);
    }

    @Override
    public String toString() {
      return "@role:" + role;
    }
  }

  /**
   * A party with a standing attribute.
   *
   * @param attribute the name of a {@code PartyAttribute} constant
   */
  record HasAttribute(String attribute) implements PartyPattern {
    /**
     * Checks the name.
     *
     * @param attribute the attribute's name, not null
     * @throws NullPointerException if attribute is null
     */
    public HasAttribute {
      Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitHasAttribute(this);
    }

    @Override
    public String toString() {
      return "@attribute:" + attribute;
    }
  }

  /** The party the pledge is owed to. */
  enum Owed implements PartyPattern {
    /** The only instance. */
    INSTANCE;

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitOwed(this);
    }

    @Override
    public String toString() {
      return "@owed";
    }
  }

  /**
   * A party that matches every one of the patterns.
   *
   * @param patterns at least one pattern
   */
  record Both(ImmutableList<PartyPattern> patterns) implements PartyPattern {
    /**
     * Checks the patterns.
     *
     * @param patterns at least one pattern, none null
     * @throws NullPointerException if patterns is null
     */
    public Both {
      Objects.requireNonNull(patterns, "patterns");
      checkArgument(!patterns.isEmpty(), "both(): give at least one party pattern");
    }

    @Override
    public <R> R accept(PartyPatternVisitor<R> visitor) {
      return visitor.visitBoth(this);
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      for (PartyPattern p : patterns) {
        out.append(out.length() == 0 ? "" : "&").append(p);
      }
      return out.toString();
    }
  }
}
