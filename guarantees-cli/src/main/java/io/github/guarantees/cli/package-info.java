/** The {@code guarantees} command-line tool. Entry point: {@link io.github.guarantees.cli.Main}. */
@NullMarked
package io.github.guarantees.cli;

import org.jspecify.annotations.NullMarked;
