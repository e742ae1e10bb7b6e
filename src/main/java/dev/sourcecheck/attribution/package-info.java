/** Who said what: one attribution model (names, roles, people, pronouns, speakers of quotations and of indirect speech) over one index per article. */
package dev.sourcecheck.attribution;
