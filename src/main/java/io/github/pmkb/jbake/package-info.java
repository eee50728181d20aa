/**
 * The only package that imports {@code org.jbake}: jbake-core as a configuration and header
 * library, never as an engine (no {@code Oven}, no OrientDB, no JBake template engine).
 *
 * <p>{@link io.github.pmkb.jbake.JBakeSettings} reads {@code site.properties};
 * {@link io.github.pmkb.jbake.JBakeHeaderReader} reads {@code ~~~~~~} headers. Callers get plain
 * maps and records; nothing outside this package sees a JBake type.
 */
package io.github.pmkb.jbake;
