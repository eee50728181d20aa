package org.x.pmkb.index;

/** Field names of the Lucene index; the search package reads the same names. */
public final class Fields {
  public static final String SLUG = "slug";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String TAGS = "tags";
  /** Date as days since the epoch, the index sort key; undated documents sort last. */
  public static final String DATE = "date";
  /** Facet dimension for tags. */
  public static final String FACET_TAG = "tag";

  private Fields() {}
}
