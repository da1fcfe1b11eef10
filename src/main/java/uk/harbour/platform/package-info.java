/**
 * How Harbour starts and reaches its database: the embedded PostgreSQL with its roles and generated
 * passwords, the checks that refuse an unsafe database role, the connection pool's settings, the
 * proxies whose forwarded addresses are trusted, and start-up failures reported in one line. It has
 * no API: Spring Boot finds its classes through {@code META-INF/spring.factories}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package uk.harbour.platform;
