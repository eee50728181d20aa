/**
 * The postmortem model: immutable records passed between stages, with no third-party imports.
 *
 * <p>Read {@link io.github.pmkb.model.Postmortem} first. Facts carry their origin as {@link
 * io.github.pmkb.model.Sourced}; a {@link io.github.pmkb.model.Corpus} holds a whole site in its one
 * deterministic order.
 */
package io.github.pmkb.model;
