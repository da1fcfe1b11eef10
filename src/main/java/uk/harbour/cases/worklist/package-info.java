/** The key worker's work list: what is due or overdue across their young people's cases. */
package uk.harbour.cases.worklist;
