package io.github.pmkb.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A follow-up from a postmortem. Owner, status, due date and ticket are read out of the item's
 * line and are no longer part of {@code text}.
 *
 * @param text what is to be done, without its owner, status, due date and ticket decorations
 * @param owner who owns it as written ("alice", "Liam Yamamoto")
 * @param status {@link Status#NOT_STATED} unless the postmortem says
 * @param due an ISO date when the text gives a full date, else the due phrase as written ("Q3 2024")
 * @param ticket a tracker key or link ("CORE-9615", "#412", an issue URL)
 * @param line 1-based line of the item in its file
 */
public record ActionItem(String text, Optional<String> owner, Status status, Optional<String> due, Optional<String> ticket,
    int line) {

  /** Whether an item is still to do, as the postmortem states it. */
  public enum Status {
    /** Done, fixed, closed (also "won't fix": nothing is left to do). */
    DONE,
    /** To do, in progress, planned. */
    OPEN,
    /** The postmortem does not say. */
    NOT_STATED;

    /** {@code done}, {@code open} or {@code not-stated}: the value in JSON and CSS classes. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "done", "open" or "not stated", for people. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  public ActionItem {
    if (text == null || owner == null || status == null || due == null || ticket == null) {
      throw new IllegalArgumentException("action item fields are required");
    }
    owner = Shared.string(owner);
    due = Shared.string(due);
  }

  /** An item with nothing but its text. */
  public static ActionItem of(String text, int line) {
    return new ActionItem(text, Optional.empty(), Status.NOT_STATED, Optional.empty(), Optional.empty(), line);
  }

  public boolean isDone() {
    return status == Status.DONE;
  }
}
