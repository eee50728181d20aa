/**
 * Index stage (Lucene write side): one fresh index per build under the cache folder, with the
 * facet counts the site's pages are built from.
 *
 * <p>Front door: {@link org.x.pmkb.index.IndexBuilder#build}. Only this package and {@code search}
 * import Lucene.
 */
package org.x.pmkb.index;
