/**
 * Work lists: what is due or overdue across a key worker's young people's cases, and a team
 * manager's caseloads, unallocated cases and overdue work.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package uk.harbour.cases.worklist;
