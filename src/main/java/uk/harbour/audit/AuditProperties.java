package uk.harbour.audit;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit module.
 *
 * @param displayZone the time zone audit pages show times in, and read searched dates in
 * @param verifyBatchSize how many events {@code audit verify} reads at a time
 * @param pageSize how many events an audit page shows
 */
@ConfigurationProperties("harbour.audit")
record AuditProperties(
    @DefaultValue("Europe/London") ZoneId displayZone,
    @DefaultValue("1000") int verifyBatchSize,
    @DefaultValue("50") int pageSize) {}
