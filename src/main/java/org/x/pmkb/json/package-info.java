/** JSON string escaping shared by every stage that writes JSON; depends on nothing. */
package org.x.pmkb.json;
