/** Who said what: speakers, their roles, quotations and claims, and how well an article sources them. */
package dev.sourcecheck.attribution;
