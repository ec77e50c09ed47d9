package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How large a pledge or contribution is: troops, money with its currency, a period, or, where the
 * sources are vague ("thousands of soldiers"), only a description marked approximate.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Size {
  Size() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Size}.
   *
   * <ul>
   *   <li>{@code troops} (one of troops, amount, description): a number of troops;
   *   <li>{@code amount} (one of troops, amount, description): an amount of money, with {@code
   *       currency};
   *   <li>{@code currency} (optional): the amount's currency;
   *   <li>{@code over} (optional): the period the amount is spread over;
   *   <li>{@code description} (one of troops, amount, description): the size in words;
   *   <li>{@code approximate} ({@code false}): whether the figure is approximate.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableSize.Builder {
    Builder() {}
  }

  /**
   * A number of troops.
   *
   * @param troops the number, positive
   * @return the size
   */
  public static Size troops(long troops) {
    return builder().troops(troops).build();
  }

  /**
   * An amount of money.
   *
   * @param amount the amount, positive
   * @param currency the ISO 4217 currency code, e.g. {@code EUR}
   * @return the size
   * @throws NullPointerException if an argument is null
   */
  public static Size money(BigDecimal amount, String currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /**
   * A size the sources give only in words; marked approximate.
   *
   * @param description the words, e.g. {@code thousands of soldiers}
   * @return the size
   * @throws NullPointerException if description is null
   */
  public static Size approximately(String description) {
    return builder().description(description).approximate(true).build();
  }

  /**
   * Returns the number of troops, if given.
   *
   * @return the troops, or empty
   */
  public abstract Optional<Long> troops();

  /**
   * Returns the amount of money, if given.
   *
   * @return the amount, or empty
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the currency of {@link #amount()}, present exactly when the amount is.
   *
   * @return the ISO 4217 code, or empty
   */
  public abstract Optional<String> currency();

  /**
   * Returns the period the size is spread over, e.g. two years.
   *
   * @return the period, or empty
   */
  public abstract Optional<Period> over();

  /**
   * Returns the size in words, as the sources give it.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns whether the sources give this size only approximately.
   *
   * @return true if approximate
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  @Value.Check
  final void check() {
    checkArgument(
        troops().isPresent() || amount().isPresent() || description().isPresent(),
        "size: give troops, an amount or a description");
    checkArgument(troops().map(t -> t > 0).orElse(true), "size: troops must be positive");
    checkArgument(
        amount().map(a -> a.signum() > 0).orElse(true), "size: the amount must be positive");
    checkArgument(
        amount().isPresent() == currency().isPresent(),
        "size: an amount needs a currency and a currency needs an amount");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    troops().ifPresent(t -> out.append(t).append(" troops"));
    if (amount().isPresent()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(currency().orElse("")).append(' ').append(amount().get().toPlainString());
    }
    over().ifPresent(p -> out.append(" over ").append(p));
    description()
        .ifPresent(
            d -> {
              if (out.length() > 0) {
                out.append(" (").append(d).append(')');
              } else {
                out.append(d);
              }
            });
    if (approximate()) {
      out.append(" [approximate]");
    }
    return out.toString();
  }
}
