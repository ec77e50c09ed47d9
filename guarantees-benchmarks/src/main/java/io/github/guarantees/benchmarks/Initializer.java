package io.github.guarantees.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JMH {@code @Setup} method that sets a state's fields before any benchmark reads them, so
 * that NullAway (which recognises any annotation of this name) treats it like a constructor.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface Initializer {}
