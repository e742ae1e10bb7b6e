/** What an audit yields: findings with their locations, input errors, and the immutable report. */
package dev.sourcecheck.finding;
