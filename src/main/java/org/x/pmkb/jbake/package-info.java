/**
 * The only package that imports {@code org.jbake}: jbake-core as a configuration and header
 * library, never as an engine (no {@code Oven}, no OrientDB, no JBake template engine).
 *
 * <p>{@link org.x.pmkb.jbake.JBakeSettings} reads {@code site.properties};
 * {@link org.x.pmkb.jbake.JBakeHeaderReader} reads {@code ~~~~~~} headers. Callers get plain
 * maps and records; nothing outside this package sees a JBake type.
 */
package org.x.pmkb.jbake;
