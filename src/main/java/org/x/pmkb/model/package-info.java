/**
 * The postmortem model: immutable records passed between stages, with no third-party imports.
 *
 * <p>Read {@link org.x.pmkb.model.Postmortem} first. Facts carry their origin as {@link
 * org.x.pmkb.model.Sourced}; a {@link org.x.pmkb.model.Corpus} holds a whole site in its one
 * deterministic order.
 */
package org.x.pmkb.model;
