/**
 * Runs the examples rules carry ({@code // flag:}, {@code // pass:}, {@code // score:}): the test
 * suite runs every bundled rule's, {@code sourcecheck rules test DIR} a user's folder's.
 */
package dev.sourcecheck.ruletest;
