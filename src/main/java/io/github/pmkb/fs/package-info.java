/**
 * File-system operations more than one stage needs, written once: {@link io.github.pmkb.fs.Sha256}
 * digests cache keys and contents; {@link
 * io.github.pmkb.fs.FileTree} deletes folders (the replaced site, index folders). A leaf: depends
 * on no other pmkb package.
 */
package io.github.pmkb.fs;
