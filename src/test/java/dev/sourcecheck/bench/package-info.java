/**
 * The benchmark: corpus builders (seeds, third-party texts, generated stories) and a standalone
 * {@code main} that times warm throughput, scaling, the cross-source stage and cold CLI runs.
 * Not part of the library API; nothing in the product depends on it.
 */
package dev.sourcecheck.bench;
