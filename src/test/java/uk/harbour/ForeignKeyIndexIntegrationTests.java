package uk.harbour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every foreign key has an index that starts with its column, so that reading a record's children
 * (a plan's measures, a child's merged records) is an index range, not a scan of the whole table:
 * at 100,000 children the two missing ones cost the plan page and the child's record milliseconds
 * each (docs/benchmarks.md, "Case pages under load").
 */
@SpringBootTest
@ActiveProfiles("test")
class ForeignKeyIndexIntegrationTests {

  @Autowired DataSource dataSource;

  @Test
  void everyForeignKeyHasAnIndexLedByItsColumn() {
    List<String> unindexed =
        JdbcClient.create(dataSource)
            .sql(
                """
                SELECT c.conrelid::regclass || '.' || a.attname
                  FROM pg_constraint c
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                 WHERE c.contype = 'f'
                   AND c.connamespace = 'public'::regnamespace
                   AND NOT EXISTS (SELECT 1 FROM pg_index i
                                    WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
                 ORDER BY 1
                """)
            .query(String.class)
            .list();
    assertThat(unindexed).as("foreign keys without an index led by their column").isEmpty();
  }
}
