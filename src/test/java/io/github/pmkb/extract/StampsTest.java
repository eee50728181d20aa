package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/** {@link Stamps#findAll} tries the regex only where a match can begin; it must find what a plain find loop finds. */
class StampsTest {
  /** The plain loop: the regex at every position, empty matches dropped. */
  private static List<String> everywhere(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Stamps.STAMP.matcher(text);
    while (m.find()) {
      if (m.end() > m.start()) out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static final String[] PIECES = {"2024-03-07", "07/03/2024", "13.10.23", "June 7th, 2024", "12th March", "3 of May",
      "Mon, Jan 5", "Wednesday, September 21", "9:00 AM", "13:20PM", "8.40 AM", "5:PM", "2100hrs", "10:15", "23:59:59",
      "UTC", "(UTC-4)", "GMT+1", "EAT", "CEST", "Pacific Standard Time", "eastern time", "central", "Mountain Time", "mountain standard time", "pacific daylight time",
      "PT", "ET", "pt", "T", "at", "to", "-", "–", "and", "from", "until", "the", "outage", "x", "v2.14.3", "db-prod-17",
      "a.m.", "p.m.", "3", "45", "1999", "Z", "UT", "May", "MAY", "march", "Sept.", "[", "]", "(", ")", ",", ":", "/", "."};
  private static final String[] GAPS = {" ", "", "  ", ", ", "T", ":", "-", "/", ".", "(", ")"};

  @Test
  void findsWhatAPlainFindLoopFinds() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) b.append(PIECES[r.nextInt(PIECES.length)]).append(GAPS[r.nextInt(GAPS.length)]);
      String text = b.toString();
      List<String> found = new ArrayList<>();
      for (Stamp s : Stamps.findAll(text)) found.add(s.start() + "-" + s.end() + ":" + s.raw());
      List<String> expected = new ArrayList<>();
      for (String e : everywhere(text)) {
        // findAll keeps the matches that are stamps (a day or a time); compare those.
        int dash = e.indexOf('-');
        int start = Integer.parseInt(e.substring(0, dash));
        if (Stamps.at(text, start).isPresent()) expected.add(e);
      }
      assertThat(found).as("seed %d: %s", seed, text).isEqualTo(expected);
    }
  }
}
