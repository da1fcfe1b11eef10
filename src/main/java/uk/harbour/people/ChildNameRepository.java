package uk.harbour.people;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether any child record (merged ones too) holds one of the words as a given, family or other
 * name. Names are split into words as the text is; other names (typed as free text, "known as Jay
 * by friends") count only by their capitalised words.
 */
@Repository
class ChildNameRepository {

  private final JdbcClient jdbc;

  ChildNameRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean anyChildNamed(Set<String> lowerCaseWords) {
    return jdbc.sql(
            """
            SELECT EXISTS (
              SELECT 1 FROM child c
               WHERE regexp_split_to_array(lower(c.first_name), '[^[:alpha:]'']+')
                       && string_to_array(:words, ',')
                  OR regexp_split_to_array(lower(c.last_name), '[^[:alpha:]'']+')
                       && string_to_array(:words, ',')
                  OR ARRAY(SELECT lower(m[1]) FROM regexp_matches(coalesce(c.other_names, ''),
                             '([[:upper:]][[:alpha:]'']+)', 'g') AS m)
                       && string_to_array(:words, ','))
            """)
        .param("words", String.join(",", lowerCaseWords))
        .query(Boolean.class)
        .single();
  }
}
