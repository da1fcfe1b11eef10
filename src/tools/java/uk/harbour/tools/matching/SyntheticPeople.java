package uk.harbour.tools.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.harbour.matching.BirthDate;
import uk.harbour.matching.PersonRecord;

/**
 * Made-up children for latency benchmarks, generated from a seed so every run sees the same people:
 * names built from syllables (no real people), birth dates across eighteen years, UK-shaped
 * postcodes, addresses and schools. {@link #variant} makes a second, imperfect record of the same
 * child as another agency might send it.
 */
public final class SyntheticPeople {

  private static final String[] GIVEN = {
    "oliver",
    "amelia",
    "jack",
    "olivia",
    "harry",
    "isla",
    "jacob",
    "emily",
    "charlie",
    "poppy",
    "thomas",
    "ava",
    "george",
    "isabella",
    "oscar",
    "jessica",
    "james",
    "lily",
    "william",
    "sophie",
    "noah",
    "grace",
    "alfie",
    "sophia",
    "joshua",
    "mia",
    "muhammad",
    "evie",
    "henry",
    "ruby",
    "leo",
    "ella",
    "archie",
    "scarlett",
    "ethan",
    "chloe",
    "joseph",
    "isabelle",
    "freddie",
    "daisy",
    "samuel",
    "freya",
    "alexander",
    "phoebe",
    "logan",
    "florence",
    "daniel",
    "alice",
    "isaac",
    "charlotte",
    "max",
    "sienna",
    "mohammed",
    "matilda",
    "benjamin",
    "evelyn",
    "mason",
    "eva",
    "lucas",
    "millie",
    "edward",
    "sofia",
    "harrison",
    "lucy",
    "jake",
    "elsie",
    "dylan",
    "imogen",
    "riley",
    "layla",
    "finley",
    "rosie",
    "theo",
    "maya",
    "sebastian",
    "esme",
    "adam",
    "elizabeth",
    "zachary",
    "lola",
    "arthur",
    "willow",
    "toby",
    "ivy",
    "jayden",
    "erin",
    "luke",
    "holly",
    "michael",
    "emilia",
    "harley",
    "molly",
    "lewis",
    "ellie",
    "tyler",
    "jasmine",
    "rory",
    "eliza"
  };
  private static final String[] ONSET = {
    "b", "br", "c", "ch", "cr", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r", "s",
    "sh", "st", "t", "th", "w", "wh"
  };
  private static final String[] VOWEL = {"a", "e", "i", "o", "u", "ai", "ee", "ou", "y"};
  private static final String[] CODA = {
    "ton", "ley", "son", "field", "wood", "well", "ford", "man", "er", "by", "ham", "worth", "ing",
    "s", "hurst", "combe", "dale", "more"
  };
  private static final String[] STREET = {
    "road", "street", "lane", "close", "avenue", "way", "drive"
  };
  private static final String[] SCHOOL = {"academy", "primary school", "high school", "college"};

  private final SplittableRandom random;

  public SyntheticPeople(long seed) {
    random = new SplittableRandom(seed);
  }

  public List<PersonRecord> generate(int count) {
    List<PersonRecord> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      people.add(person("p" + i));
    }
    return people;
  }

  PersonRecord person(String id) {
    String given = GIVEN[skewed(GIVEN.length)];
    String family = surname(skewed(40_000));
    LocalDate born = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(18 * 365));
    String area = "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
    String postcode =
        area
            + (1 + random.nextInt(40))
            + " "
            + random.nextInt(10)
            + (char) ('a' + random.nextInt(26))
            + (char) ('a' + random.nextInt(26));
    String address =
        (1 + random.nextInt(200))
            + " "
            + surname(random.nextInt(5000))
            + " "
            + STREET[random.nextInt(STREET.length)];
    String school = surname(random.nextInt(3000)) + " " + SCHOOL[random.nextInt(SCHOOL.length)];
    return PersonRecord.builder(id)
        .givenNames(given)
        .familyName(family)
        .dateOfBirth(born)
        .sex(random.nextBoolean() ? "female" : "male")
        .postcode(postcode)
        .address(address)
        .school(school)
        .build();
  }

  /** Another agency's record of the same child: a nickname or typo, a slip in the date, gaps. */
  public PersonRecord variant(PersonRecord p, String id) {
    PersonRecord.Builder b = PersonRecord.builder(id);
    String given = p.givenNames();
    b.givenNames(random.nextInt(4) == 0 ? typo(given) : given);
    b.familyName(random.nextInt(3) == 0 ? typo(p.familyName()) : p.familyName());
    BirthDate d = p.dateOfBirth();
    int roll = random.nextInt(6);
    if (roll == 0) {
      b.approximateAge(LocalDate.now().getYear() - d.year(), LocalDate.now());
    } else if (roll == 1 && d.day() <= 12) {
      b.dateOfBirth(new BirthDate(d.year(), d.day(), d.month()));
    } else {
      b.dateOfBirth(d);
    }
    if (random.nextBoolean()) {
      b.postcode(p.postcode());
    }
    if (random.nextBoolean()) {
      b.school(p.school());
    }
    return b.sex(p.sex()).build();
  }

  private String typo(String word) {
    if (word.length() < 3) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    char[] c = word.toCharArray();
    char t = c[at];
    c[at] = c[at + 1];
    c[at + 1] = t;
    return new String(c);
  }

  /** A number below {@code n}, small numbers far more often (roughly Zipf). */
  private int skewed(int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, random.nextDouble())) - 1);
  }

  private static String surname(int n) {
    StringBuilder s = new StringBuilder();
    s.append(ONSET[n % ONSET.length]);
    n /= ONSET.length;
    s.append(VOWEL[n % VOWEL.length]);
    n /= VOWEL.length;
    s.append(CODA[n % CODA.length]);
    n /= CODA.length;
    if (n > 0) {
      s.append(VOWEL[n % VOWEL.length]).append(CODA[(n / VOWEL.length) % CODA.length]);
    }
    return s.toString();
  }
}
